"""High-level file operations: copying, moving and removing trees."""

import os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "which",
           "ignore_patterns", "SameFileError", "get_terminal_size", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """An error of a shutil operation."""


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """A named pipe or other special file cannot be copied."""


class ExecError(OSError):
    """A command could not be executed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object `fsrc` to `fdst`."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file `src` to `dst`; returns `dst`."""
    if _samefile(src, dst):
        raise SameFileError(repr(os.fspath(src)) + " and " + repr(os.fspath(dst))
                            + " are the same file")
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of `src` to `dst`."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and modification time of `src` to `dst`."""
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)
    os.utime(dst, (st.st_atime, st.st_mtime))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; `dst` may be a directory."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata; `dst` may be a directory."""
    dst = _target(src, dst)
    copyfile(src, dst)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` function for copytree skipping names matching `patterns`."""
    from pathlib import _fnmatch

    def _ignore(path, names):
        return set(n for n in names if any(_fnmatch(n, p) for p in patterns))
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at `src` to `dst`; returns `dst`."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError:
        pass
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Remove the directory tree at `path`."""
    path = os.fspath(path)

    def failed(func, p, err):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, p, err)
        elif onerror is not None:
            onerror(func, p, (type(err), err, None))
        else:
            raise err

    try:
        st = os.lstat(path)
    except OSError as err:
        failed(os.lstat, path, err)
        return
    if st.st_mode & 0o170000 == 0o120000:
        failed(os.path.islink, path, OSError("Cannot call rmtree on a symbolic link"))
        return
    try:
        names = os.listdir(path)
    except OSError as err:
        failed(os.listdir, path, err)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror, onexc=onexc)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                failed(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        failed(os.rmdir, path, err)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to `dst`; returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip("/")))
        if os.path.exists(real_dst):
            raise Error("Destination path '" + os.fspath(real_dst) + "' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=1, path=None):
    """The path of the executable `cmd` found on PATH, or None."""
    if "/" in cmd:
        return cmd if os.access(cmd, mode) and not os.path.isdir(cmd) else None
    if path is None:
        path = os.environ.get("PATH", os.defpath if hasattr(os, "defpath") else "/bin:/usr/bin")
    for d in path.split(os.pathsep):
        full = os.path.join(d, cmd)
        if os.path.isfile(full) and os.access(full, mode):
            return full
    return None


class _TerminalSize(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=" + str(self[0]) + ", lines=" + str(self[1]) + ")"


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines) from $COLUMNS/$LINES, else `fallback`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return _TerminalSize((columns, lines))


def disk_usage(path):
    """Not available in Taipan."""
    raise NotImplementedError("shutil.disk_usage")
