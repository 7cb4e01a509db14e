"""ThreadPoolExecutor (each call runs at once in submit())."""

import itertools
import os

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker of a ThreadPoolExecutor failed to initialize."""


class ThreadPoolExecutor(_base.Executor):
    """An executor for a pool of threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    f"ThreadPoolExecutor-{self._counter()}")
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if not self._initialized and not self._shutdown:
            self._initialized = True
            if self._initializer is not None:
                try:
                    self._initializer(*self._initargs)
                except BaseException:
                    self._broken = ('A thread initializer failed, the thread '
                                    'pool is not usable anymore')
                    raise BrokenThreadPool(self._broken) from None
        return super().submit(fn, *args, **kwargs)
