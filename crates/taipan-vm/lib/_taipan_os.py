# The parts of `os` and `os.path` that Taipan writes in Python. The native
# `os` and `posixpath` modules hand out these names on first use (their
# module `__getattr__`); `path_NAME` stands for `os.path.NAME`.

import os

error = OSError


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(type(obj), "__fspath__")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "__fspath__")


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file-system path."""
    __module__ = "os"

    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    """The file name as bytes (UTF-8)."""
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """The file name as str (UTF-8)."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and the missing ones above it."""
    name = os.fspath(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    if head and tail and not os.path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == os.curdir:
            return
    try:
        os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not os.path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then the empty ones above it."""
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


class DirEntry:
    """An entry of `os.scandir()`."""
    __module__ = "posix"

    def __init__(self, parent, name, kind):
        self.name = name
        if parent == ".":
            self.path = "./" + name if False else os.path.join(parent, name)
        else:
            self.path = os.path.join(parent, name)
        self._kind = kind
        self._stat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            return os.path.isdir(self.path)
        return self._kind == "d"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            return os.path.isfile(self.path)
        return self._kind == "f"

    def is_symlink(self):
        return self._kind == "l"

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self.path)
        return os.lstat(self.path)

    def inode(self):
        return os.lstat(self.path).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry " + repr(self.name) + ">"


class _ScandirIterator:
    __module__ = "posix"

    def __init__(self, path):
        self._path = path
        self._items = iter(os._scandir(path))

    def __iter__(self):
        return self

    def __next__(self):
        if self._items is None:
            raise StopIteration
        name, kind = next(self._items)
        return DirEntry(self._path, name, kind)

    def close(self):
        self._items = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path="."):
    """An iterator of `DirEntry` objects for the entries of `path`."""
    return _ScandirIterator(os.fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for the tree at `top`."""
    top = os.fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    links = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            links.append(entry.is_symlink())
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            path = os.path.join(top, name)
            if followlinks or not os.path.islink(path):
                yield from walk(path, topdown, onerror, followlinks)
    else:
        for i in range(len(dirs)):
            path = os.path.join(top, dirs[i])
            if followlinks or not links[i]:
                yield from walk(path, topdown, onerror, followlinks)
        yield top, dirs, files


def path_relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = os.curdir if start is None else os.fspath(start)
    here = [p for p in os.path.abspath(start).split("/") if p]
    there = [p for p in os.path.abspath(path).split("/") if p]
    n = 0
    while n < len(here) and n < len(there) and here[n] == there[n]:
        n += 1
    parts = [os.pardir] * (len(here) - n) + there[n:]
    if not parts:
        return os.curdir
    return "/".join(parts)


def path_commonprefix(m):
    """The longest common leading string of the items of `m`."""
    if not m:
        return ""
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def path_commonpath(paths):
    """The longest common sub-path of the paths."""
    paths = [os.fspath(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = set(p.startswith("/") for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split("/") if c and c != "."] for p in paths]
    lo = min(split)
    hi = max(split)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def path_getmtime(filename):
    """The modification time of a file."""
    return os.stat(filename).st_mtime


def path_getatime(filename):
    """The access time of a file."""
    return os.stat(filename).st_atime


def path_getctime(filename):
    """The metadata change time of a file."""
    return os.stat(filename).st_ctime


def path_samefile(f1, f2):
    """Whether two paths name the same file."""
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def path_splitdrive(p):
    """('', p): POSIX has no drives."""
    p = os.fspath(p)
    return p[:0], p


def path_splitroot(p):
    """(drive, root, tail) of a POSIX path."""
    p = os.fspath(p)
    if not p.startswith("/"):
        return "", "", p
    if p.startswith("//") and not p.startswith("///"):
        return "", "//", p[2:]
    return "", "/", p[1:]


def path_expandvars(path):
    """Replace $NAME and ${NAME} by environment variables that exist."""
    path = os.fspath(path)
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and (path[stop].isalnum() or path[stop] == "_"):
                stop += 1
            name = path[i + 1:stop]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:stop])
        i = stop
    return "".join(out)


def path_ismount(path):
    """Whether `path` is a mount point."""
    path = os.path.abspath(os.fspath(path))
    if path == "/":
        return True
    try:
        s1 = os.lstat(path)
        s2 = os.lstat(os.path.join(path, ".."))
    except OSError:
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def path_isjunction(path):
    """Always False on POSIX."""
    os.fspath(path)
    return False


def path_isdevdrive(path):
    """Always False on POSIX."""
    os.fspath(path)
    return False
