"""Temporary files and directories: gettempdir, mkdtemp, mkstemp,
TemporaryDirectory, NamedTemporaryFile, TemporaryFile."""

import os
import time as _time

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_state = [0]


def _random_name():
    """Eight characters from [a-z0-9_], different on each call."""
    if not _state[0]:
        _state[0] = (_time.time_ns() ^ (os.getpid() << 16)) & 0xFFFFFFFFFFFF or 1
    out = []
    for _ in range(8):
        _state[0] = (_state[0] * 25214903917 + 11) & 0xFFFFFFFFFFFF
        out.append(_CHARS[(_state[0] >> 17) % len(_CHARS)])
    return "".join(out)


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP or /tmp."""
    global tempdir
    if tempdir is None:
        found = "/tmp"
        for name in ("TMPDIR", "TEMP", "TMP"):
            value = os.environ.get(name)
            if value and os.path.isdir(value):
                found = value
                break
        tempdir = os.path.abspath(found)
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory with a unique name; its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make and open a new file with a unique name: (fd, absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A unique name that does not exist yet (unsafe: deprecated)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a `name` that removes the file when closed."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def _remove(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        self.file.close()
        if self._delete_on_close:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        self._remove()
        return False

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """An open temporary file with a visible name, removed when closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        os.close(fd)
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An open temporary file with no name in the file system."""
    fd, name = mkstemp(suffix, prefix, dir)
    os.unlink(name)
    try:
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile:
    """A temporary file kept in memory (Taipan never rolls it over)."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        import io
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
        self._rolled = False
        self.mode = mode

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        pass


class TemporaryDirectory:
    """A temporary directory, removed with its contents by `cleanup()` or
    at the end of a `with` block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<" + type(self).__name__ + " " + repr(self.name) + ">"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and os.path.lexists(self.name):
            import shutil
            self._done = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done and self._delete:
            try:
                self.cleanup()
            except Exception:
                pass
