# Python-level helpers of Taipan's native modules: the classes of module
# specs, standard streams and the named tuples of `sys`. Compiled once per
# interpreter, when first needed. `_write`, `_flush`, `_readline` and
# `_isatty` are native functions the VM adds to this namespace.


class ModuleSpec:
    def __init__(self, name, loader, origin=None, parent=None, path=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.parent = parent
        self.submodule_search_locations = path
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None
        self._initializing = False

    def __repr__(self):
        args = ["name=" + repr(self.name), "loader=" + repr(self.loader)]
        if self.origin is not None:
            args.append("origin=" + repr(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations=" + repr(self.submodule_search_locations))
        return "ModuleSpec(" + ", ".join(args) + ")"


class TextIOWrapper:
    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.encoding = "utf-8"
        self.errors = "strict"
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        return _write(self._fd, s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        _flush(self._fd)

    def readline(self, size=-1):
        return _readline(self._fd)

    def readlines(self):
        lines = []
        while True:
            line = _readline(self._fd)
            if not line:
                return lines
            lines.append(line)

    def read(self, size=-1):
        return "".join(self.readlines())

    def __iter__(self):
        return self

    def __next__(self):
        line = _readline(self._fd)
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return self._fd

    def isatty(self):
        return _isatty(self._fd)

    def readable(self):
        return self.mode == "r"

    def writable(self):
        return self.mode == "w"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return None

    def __repr__(self):
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode)
                + " encoding='utf-8'>")


class StructSeq:
    def __init__(self, name, fields, values):
        self._name = name
        self._fields = fields
        self._values = values
        for i in range(len(self._fields)):
            setattr(self, self._fields[i], values[i])

    def __repr__(self):
        parts = []
        for i in range(len(self._fields)):
            parts.append(self._fields[i] + "=" + repr(self._values[i]))
        return self._name + "(" + ", ".join(parts) + ")"

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        return self._values == _as_tuple(other)

    def __ne__(self, other):
        return self._values != _as_tuple(other)

    def __lt__(self, other):
        return self._values < _as_tuple(other)

    def __le__(self, other):
        return self._values <= _as_tuple(other)

    def __gt__(self, other):
        return self._values > _as_tuple(other)

    def __ge__(self, other):
        return self._values >= _as_tuple(other)

    def __add__(self, other):
        return self._values + other


def _as_tuple(v):
    if isinstance(v, StructSeq):
        return v._values
    return v


class SimpleNamespace:
    def __init__(self, names, values):
        self._names = names
        for i in range(len(names)):
            setattr(self, names[i], values[i])

    def __repr__(self):
        parts = []
        for k in self._names:
            parts.append(k + "=" + repr(getattr(self, k)))
        return "namespace(" + ", ".join(parts) + ")"


class StatResult(StructSeq):
    def __init__(self, values):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        StructSeq.__init__(self, "os.stat_result", names, values[:10])
        self.st_atime = values[10]
        self.st_mtime = values[11]
        self.st_ctime = values[12]
        self.st_atime_ns = values[13]
        self.st_mtime_ns = values[14]
        self.st_ctime_ns = values[15]
        self.st_blksize = values[16]
        self.st_blocks = values[17]
