"""Filename globbing: glob, iglob, escape, has_magic."""

import fnmatch
import os

__all__ = ["escape", "glob", "iglob", "has_magic"]


def _magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def has_magic(s):
    """True if `s` has a glob wildcard."""
    return _magic(s)


def _hidden(name):
    return name[:1] in ('.', b'.')


def _listdir(dirname, dir_only):
    try:
        names = os.listdir(dirname or os.curdir if isinstance(dirname, str)
                           else dirname or b'.')
    except OSError:
        return []
    if dir_only:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _glob_in_dir(dirname, pattern, dir_only, hidden):
    names = _listdir(dirname, dir_only)
    if not (hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _rlistdir(dirname, dir_only, hidden):
    for name in _listdir(dirname, False):
        if hidden or not _hidden(name):
            path = os.path.join(dirname, name) if dirname else name
            isdir = os.path.isdir(path) and not os.path.islink(path)
            if not dir_only or isdir:
                yield name
            if isdir:
                for sub in _rlistdir(path, dir_only, hidden):
                    yield os.path.join(name, sub)


def _glob_double_star(dirname, dir_only, hidden):
    empty = dirname[:0]
    yield empty
    yield from _rlistdir(dirname, dir_only, hidden)


def _is_recursive(pattern):
    return pattern in ('**', b'**')


def _iglob(pathname, root, recursive, dir_only, hidden):
    dirname, basename = os.path.split(pathname)
    if not _magic(pathname):
        if basename:
            if os.path.lexists(_join(root, pathname)):
                yield pathname
        elif os.path.isdir(_join(root, dirname)):
            yield pathname
        return
    if not dirname:
        yield from _in_dir(root, dirname, basename, recursive, dir_only, hidden)
        return
    if dirname != pathname and _magic(dirname):
        dirs = _iglob(dirname, root, recursive, True, hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        for name in _in_dir(root, d, basename, recursive, dir_only, hidden):
            yield os.path.join(d, name)


def _in_dir(root, dirname, basename, recursive, dir_only, hidden):
    full = _join(root, dirname)
    if recursive and _is_recursive(basename):
        return list(_glob_double_star(full, dir_only, hidden))
    if _magic(basename):
        return _glob_in_dir(full, basename, dir_only, hidden)
    if basename:
        if os.path.lexists(os.path.join(full, basename) if full else basename):
            return [basename]
        return []
    return [basename] if os.path.isdir(full or os.curdir) else []


def _join(root, path):
    if root is None or not path:
        return path if root is None else (root if not path else os.path.join(root, path))
    return os.path.join(root, path)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        it = (p for p in it if p)
    return it


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname` (in directory order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def escape(pathname):
    """`pathname` with its wildcards escaped."""
    drive, rest = pathname[:0], pathname
    if isinstance(pathname, bytes):
        out = bytearray()
        for b in rest:
            if b in b'*?[':
                out += b'[' + bytes([b]) + b']'
            else:
                out.append(b)
        return drive + bytes(out)
    return drive + ''.join('[' + c + ']' if c in '*?[' else c for c in rest)
