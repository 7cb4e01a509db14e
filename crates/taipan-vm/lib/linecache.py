"""Lines of source files, by file name and line number.

Taipan's own implementation: files the VM ran or imported are answered
from the text it keeps; other files are read (and cached) here.
"""

import _taipan_traceback as _native

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` of `filename` (with its newline), or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of `filename` (with their newlines), or []."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    """Read `filename` again into the cache."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')
                        and not _registered(filename)):
        return []
    first = _native.getline(filename, 1)
    if first:
        lines = []
        n = 1
        while True:
            line = _native.getline(filename, n)
            if not line:
                break
            lines.append(line)
            n += 1
    else:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, SyntaxError):
            return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = lines
    return lines


def _registered(filename):
    """Whether CPython would have registered `filename`'s text: the code of
    `-c` is kept as '<string>'."""
    import sys
    return filename == '<string>' and sys.argv[:1] == ['-c']


def clearcache():
    """Forget every cached file."""
    cache.clear()


def checkcache(filename=None):
    """Drop cache entries (files may have changed)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    """Nothing to do: sources come from the VM or the file."""
    return False
