# Python-level helpers of Taipan's native modules: the classes of module
# specs, standard streams and the named tuples of `sys`. Compiled once per
# interpreter, when first needed. `_write`, `_write_bytes`, `_flush`,
# `_readline` and `_isatty` are native functions the VM adds to this
# namespace.


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


class _StdBuffer:
    """The binary layer (`buffer`) of a standard stream."""

    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.closed = False

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _write_bytes(self._fd, b)

    def read(self, size=-1):
        if size is None or size < 0:
            chunks = []
            while True:
                line = _readline(self._fd)
                if not line:
                    return b"".join(chunks)
                chunks.append(line.encode("utf-8"))
        return _readline(self._fd).encode("utf-8")[:size]

    def readline(self, size=-1):
        return _readline(self._fd).encode("utf-8")

    def flush(self):
        _flush(self._fd)

    def fileno(self):
        return self._fd

    def isatty(self):
        return _isatty(self._fd)

    def readable(self):
        return self._fd == 0

    def writable(self):
        return self._fd != 0

    def seekable(self):
        return False

    def __repr__(self):
        kind = "BufferedReader" if self._fd == 0 else "BufferedWriter"
        return "<_io." + kind + " name=" + repr(self.name) + ">"


class TextIOWrapper:
    """sys.stdin, sys.stdout and sys.stderr: text streams on descriptors
    0, 1 and 2, written through at once (the VM buffers its output)."""

    def __init__(self, fd, name, mode):
        self._fd = fd
        self.name = name
        self.mode = mode
        self.encoding = "utf-8"
        self.errors = "backslashreplace" if fd == 2 else "strict"
        self.newlines = None
        self.line_buffering = fd == 2 or (fd == 1 and _isatty(fd))
        self.write_through = False
        self.closed = False
        self.buffer = _StdBuffer(fd, name, mode + "b")
        self._pending = ""

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _unsupported(self, what):
        import _io
        raise _io.UnsupportedOperation(what)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        if self._fd == 0:
            self._unsupported("not writable")
        return _write(self._fd, s)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        _flush(self._fd)

    def _line(self):
        if self._pending:
            line = self._pending
            self._pending = ""
            return line
        return _readline(self._fd)

    def readline(self, size=-1):
        self._check()
        if self._fd != 0:
            self._unsupported("not readable")
        line = self._line()
        if size is not None and 0 <= size < len(line):
            self._pending = line[size:]
            line = line[:size]
        return line

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def read(self, size=-1):
        self._check()
        if self._fd != 0:
            self._unsupported("not readable")
        if size is None or size < 0:
            return "".join(self.readlines())
        out = ""
        while len(out) < size:
            line = self._line()
            if not line:
                break
            out += line
        if len(out) > size:
            self._pending = out[size:] + self._pending
            out = out[:size]
        return out

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return self._fd

    def isatty(self):
        self._check()
        return _isatty(self._fd)

    def readable(self):
        self._check()
        return self._fd == 0

    def writable(self):
        self._check()
        return self._fd != 0

    def seekable(self):
        self._check()
        return False

    def seek(self, offset, whence=0):
        self._check()
        self._unsupported("underlying stream is not seekable")

    def tell(self):
        self._check()
        self._unsupported("underlying stream is not seekable")

    def truncate(self, pos=None):
        self._check()
        self._unsupported("truncate")

    def detach(self):
        self._unsupported("detach")

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self.encoding = encoding
        if errors is not None:
            self.errors = errors
        if line_buffering is not None:
            self.line_buffering = line_buffering
        if write_through is not None:
            self.write_through = write_through

    def close(self):
        if not self.closed:
            _flush(self._fd)
            self.closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode)
                + " encoding=" + repr(self.encoding) + ">")


TextIOWrapper.__module__ = "_io"


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
