"""ProcessPoolExecutor (each call runs at once, in this process)."""

import os

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process ended abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """An executor for a pool of processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        if initializer is not None:
            initializer(*initargs)
