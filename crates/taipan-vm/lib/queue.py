"""queue: FIFO, LIFO and priority queues for threads (see threading for
how waiting works without OS threads)."""

import heapq
import threading
from collections import deque
from time import monotonic as time

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue',
           'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=False) or a timed-out get() on an empty queue."""


class Full(Exception):
    """Raised by put(block=False) or a timed-out put() on a full queue."""


class ShutDown(Exception):
    """Raised by put() or get() on a queue that was shut down."""


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Mark one item got earlier as processed."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Wait until every item put has been marked task_done()."""
        threading._wait_for(lambda: not self.unfinished_tasks,
                            "Queue.join()")

    def qsize(self):
        """The number of items (approximate with real threads)."""
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def _check_timeout(self, block, timeout):
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")

    def put(self, item, block=True, timeout=None):
        """Add an item, waiting for a free slot if the queue is full."""
        if self.is_shutdown:
            raise ShutDown
        self._check_timeout(block, timeout)
        if self.maxsize > 0:
            if not threading._wait_for(
                    lambda: self._qsize() < self.maxsize or self.is_shutdown,
                    "Queue.put()", block, timeout):
                raise Full
            if self.is_shutdown:
                raise ShutDown
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if empty."""
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        self._check_timeout(block, timeout)
        if not threading._wait_for(
                lambda: self._qsize() or self.is_shutdown,
                "Queue.get()", block, timeout):
            raise Empty
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        return self._get()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Refuse new items; with immediate, drop the queued ones."""
        self.is_shutdown = True
        if immediate:
            while self._qsize():
                self._get()
                if self.unfinished_tasks > 0:
                    self.unfinished_tasks -= 1

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """A queue returning the smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue returning the last item put first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Add an item."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if empty."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not threading._wait_for(lambda: self._queue,
                                   "SimpleQueue.get()", block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
