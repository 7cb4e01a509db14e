"""concurrent.futures: futures and executors. Taipan has no OS threads or
worker processes: an executor runs each submitted call at once, in
submit(), and returns a finished Future (see docs/compat.md)."""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
    TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
    wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'InvalidStateError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        from .process import ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
