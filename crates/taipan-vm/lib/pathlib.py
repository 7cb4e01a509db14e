"""Object-oriented file-system paths (POSIX flavour).

A path is kept as its normalised string (`_str`: slashes collapsed, `.`
parts and a trailing slash dropped) plus that string's parts; the file
system methods of `Path` go through `os` and `open`."""

import os

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath", "UnsupportedOperation"]


class UnsupportedOperation(NotImplementedError):
    """An operation the path flavour does not support."""


def _normalise(raw):
    """The canonical string of a POSIX path."""
    if not raw:
        return "."
    if raw.startswith("//") and not raw.startswith("///"):
        root = "//"
    elif raw.startswith("/"):
        root = "/"
    else:
        root = ""
    parts = [p for p in raw.split("/") if p and p != "."]
    text = root + "/".join(parts)
    return text or "."


def _fspath_str(arg):
    if isinstance(arg, PurePath):
        return arg._str
    if isinstance(arg, str):
        return arg
    fspath = getattr(type(arg), "__fspath__", None)
    if fspath is not None:
        value = fspath(arg)
        if isinstance(value, str):
            return value
    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                    "returns a str, not " + repr(type(arg).__name__))


class _Parents:
    """The sequence of a path's ancestors."""

    def __init__(self, path):
        self._path = path
        items = []
        p = path
        while True:
            parent = p.parent
            if parent._str == p._str:
                break
            items.append(parent)
            p = parent
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self._items[i])
        if i >= len(self._items) or i < -len(self._items):
            raise IndexError(i)
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return "<" + type(self._path).__name__ + ".parents>"


class PurePath:
    """A path that does not touch the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        text = ""
        for arg in args:
            part = _fspath_str(arg)
            if part.startswith("/") or not text:
                text = part
            elif part:
                text = text + "/" + part if not text.endswith("/") else text + part
        self._str = _normalise(text)

    def with_segments(self, *args):
        """A path of the same type made from `args`."""
        return type(self)(*args)

    # Parts.

    @property
    def parts(self):
        s = self._str
        if s == ".":
            return ()
        if s.startswith("//") and not s.startswith("///"):
            rest = s[2:]
            return ("//",) + (tuple(rest.split("/")) if rest else ())
        if s.startswith("/"):
            rest = s[1:]
            return ("/",) + (tuple(rest.split("/")) if rest else ())
        return tuple(s.split("/"))

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        s = self._str
        if s.startswith("//") and not s.startswith("///"):
            return "//"
        return "/" if s.startswith("/") else ""

    @property
    def anchor(self):
        return self.drive + self.root

    @property
    def name(self):
        s = self._str
        if s == "." or s == self.root:
            return ""
        return s.rsplit("/", 1)[-1]

    @property
    def suffix(self):
        return os.path.splitext(self.name)[1]

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        return os.path.splitext(self.name)[0]

    @property
    def parent(self):
        s = self._str
        root = self.root
        if s == "." or s == root:
            return self
        head = s.rsplit("/", 1)[0] if "/" in s[len(root):] else ""
        return self.with_segments(root + head[len(root):] if head else (root or "."))

    @property
    def parents(self):
        return _Parents(self)

    # Derived paths.

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + " has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name " + repr(name))
        if "/" not in self._str:
            return self.with_segments(name)
        return self.with_segments(self.parent._str, name)

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError("Invalid name ''")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith(".") or "/" in suffix):
            raise ValueError("Invalid suffix " + repr(suffix))
        name = self.name
        if not name:
            raise ValueError(repr(self) + " has an empty name")
        return self.with_name(self.stem + suffix)

    def joinpath(self, *others):
        return self.with_segments(self, *others)

    def __truediv__(self, other):
        try:
            return self.with_segments(self, other)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other):
        try:
            return self.with_segments(other, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, *, walk_up=False):
        other = self.with_segments(other)
        mine = self.parts
        theirs = other.parts
        if mine[:len(theirs)] == theirs:
            return self.with_segments(*mine[len(theirs):]) if len(mine) > len(theirs) \
                else self.with_segments(".")
        if walk_up and self.is_absolute() == other.is_absolute():
            n = 0
            while n < len(mine) and n < len(theirs) and mine[n] == theirs[n]:
                n += 1
            if ".." not in theirs[n:]:
                return self.with_segments(*([".."] * (len(theirs) - n) + list(mine[n:])))
        raise ValueError(repr(str(self)) + " is not in the subpath of " + repr(str(other)))

    def is_relative_to(self, other):
        other = self.with_segments(other)
        return self.parts[:len(other.parts)] == other.parts

    def is_absolute(self):
        return self._str.startswith("/")

    def is_reserved(self):
        return False

    def as_posix(self):
        return self._str

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative paths can't be expressed as file URIs")
        safe = "/-_.~"
        out = []
        for ch in self._str:
            if ch.isalnum() and ord(ch) < 128 or ch in safe:
                out.append(ch)
            else:
                for b in ch.encode("utf-8"):
                    out.append("%" + "%02X" % b)
        return "file://" + "".join(out)

    def match(self, pattern, *, case_sensitive=None):
        """Whether the path matches `pattern`, matched from the right."""
        pat = self.with_segments(pattern)
        pparts = pat.parts
        mine = self.parts
        if not pparts:
            raise ValueError("empty pattern")
        if pat.is_absolute():
            if len(pparts) != len(mine):
                return False
        elif len(pparts) > len(mine):
            return False
        for a, b in zip(reversed(mine), reversed(pparts)):
            if not _fnmatch(a, b):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches `pattern` (`**` for any parts)."""
        pat = self.with_segments(pattern).parts
        return _match_parts(list(self.parts), list(pat))

    # Protocols.

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self._str)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._str) + ")"

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def _cmp(self, other):
        if not isinstance(other, PurePath):
            return None
        return self.parts, other.parts

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c[0] < c[1]

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c[0] >= c[1]


def _fnmatch(name, pattern):
    """Shell-style matching of one name: *, ?, [seq], [!seq]."""
    return _fn(name, 0, pattern, 0)


def _fn(name, i, pat, j):
    while j < len(pat):
        c = pat[j]
        if c == "*":
            while j < len(pat) and pat[j] == "*":
                j += 1
            if j == len(pat):
                return True
            for k in range(i, len(name) + 1):
                if _fn(name, k, pat, j):
                    return True
            return False
        if i >= len(name):
            return False
        if c == "?":
            i += 1
            j += 1
            continue
        if c == "[":
            end = pat.find("]", j + 2)
            if end > 0:
                body = pat[j + 1:end]
                negate = body.startswith("!")
                if negate:
                    body = body[1:]
                hit = False
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        if body[k] <= name[i] <= body[k + 2]:
                            hit = True
                        k += 3
                    else:
                        if body[k] == name[i]:
                            hit = True
                        k += 1
                if hit == negate:
                    return False
                i += 1
                j = end + 1
                continue
        if c != name[i]:
            return False
        i += 1
        j += 1
    return i == len(name)


def _match_parts(parts, pat):
    if not pat:
        return not parts
    if pat[0] == "**":
        for k in range(len(parts) + 1):
            if _match_parts(parts[k:], pat[1:]):
                return True
        return False
    if not parts or not _fnmatch(parts[0], pat[0]):
        return False
    return _match_parts(parts[1:], pat[1:])


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""

    def __new__(cls, *args):
        return object.__new__(cls)


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Taipan."""

    def __new__(cls, *args):
        raise UnsupportedOperation("PureWindowsPath is not supported on this system")


class Path(PurePath):
    """A path with file-system methods."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self._str, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self._str)

    def exists(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.path.exists(self._str)
        return os.path.lexists(self._str)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self._str)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self._str)

    def is_symlink(self):
        return os.path.islink(self._str)

    def is_mount(self):
        return os.path.ismount(self._str)

    def is_junction(self):
        return False

    def samefile(self, other):
        return os.path.samefile(self._str, other)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with open(self._str, "r", encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with open(self._str, "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with open(self._str, "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with open(self._str, "wb") as f:
            return f.write(bytes(view))

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self._child(name)

    def _child(self, name):
        if self._str == ".":
            return self.with_segments(name)
        return self.with_segments(self._str, name)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The paths under this one matching `pattern` (`*`, `?`, `[]`, `**`)."""
        parts = [p for p in pattern.split("/") if p and p != "."]
        if not parts:
            raise ValueError("Unacceptable pattern: " + repr(pattern))
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        return iter(_glob(self, parts, pattern.endswith("/")))

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob("**/" + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self._str, top_down, on_error, follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        if self.is_absolute():
            return self
        if self._str == ".":
            return self.with_segments(os.getcwd())
        return self.with_segments(os.getcwd(), self._str)

    def resolve(self, strict=False):
        if strict:
            os.stat(self._str)
        return self.with_segments(os.path.realpath(self._str))

    def expanduser(self):
        return self.with_segments(os.path.expanduser(self._str))

    def touch(self, mode=0o666, exist_ok=True):
        if os.path.exists(self._str):
            if not exist_ok:
                raise FileExistsError(17, "File exists", self._str)
            os.utime(self._str)
            return
        fd = os.open(self._str, os.O_WRONLY | os.O_CREAT, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self._str, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self._str, target)
        return self.with_segments(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._str, mode)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""

    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by Taipan."""

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation("cannot instantiate " + repr(cls.__name__) + " on your system")


def _glob(base, parts, dirs_only):
    """The matches of the pattern parts under `base`, in directory order."""
    head = parts[0]
    rest = parts[1:]
    out = []
    if head == "**":
        for root, dirs, files in os.walk(base._str):
            here = base.with_segments(root) if root != base._str else base
            if rest:
                out.extend(_glob(here, rest, dirs_only))
            else:
                out.append(here)
        return out
    if not any(c in head for c in "*?["):
        child = base._child(head)
        if rest:
            if child.is_dir():
                out.extend(_glob(child, rest, dirs_only))
        elif os.path.lexists(child._str) and (not dirs_only or child.is_dir()):
            out.append(child)
        return out
    try:
        names = os.listdir(base._str)
    except OSError:
        return out
    for name in names:
        if not _fnmatch(name, head):
            continue
        child = base._child(name)
        if rest:
            if child.is_dir():
                out.extend(_glob(child, rest, dirs_only))
        elif not dirs_only or child.is_dir():
            out.append(child)
    return out
