"""importlib.util: the bytecode-cache helpers of the import system.

The paths follow the same rules as the importer (modules/pyc_cache.rs),
which does the work natively so both always agree.
"""

import sys
import _taipan_pyc

MAGIC_NUMBER = _taipan_pyc.MAGIC_NUMBER


def _fspath(path):
    if isinstance(path, str):
        return path
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is not None:
        result = fspath(path)
        if isinstance(result, str):
            return result
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    + type(path).__name__)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path the import system uses for the source file `path`."""
    if debug_override is not None:
        try:
            import warnings
        except ImportError:
            warnings = None
        if warnings is not None:
            warnings.warn("the debug_override parameter is deprecated; use "
                          "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError("debug_override or optimization must be set to None")
        optimization = "" if debug_override else 1
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    if optimization is None:
        level = sys.flags.optimize
        optimization = "" if level == 0 else level
    optimization = str(optimization)
    if optimization != "" and not optimization.isalnum():
        raise ValueError(f"{optimization!r} is not alphanumeric")
    return _taipan_pyc.cache_from_source(path, optimization)


def source_from_cache(path):
    """The source path of the .pyc path `path` (the inverse of cache_from_source)."""
    path = _fspath(path)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    return _taipan_pyc.source_from_cache(path)


def source_hash(source_bytes):
    """The hash hash-based .pyc files keep of their source."""
    return _taipan_pyc.source_hash(bytes(source_bytes))

