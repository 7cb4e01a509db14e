"""wait_for, wait, as_completed, shield."""

from _asyncio import CancelledError, ensure_future
from .events import get_running_loop
from .coroutines import iscoroutine
from .futures import isfuture
from .queues import Queue
from .timeouts import timeout as _timeout

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def _release(f):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(_release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(_release)


async def wait_for(fut, timeout):
    """Await `fut` for at most `timeout` seconds (TimeoutError after)."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with _timeout(timeout):
        return await fut


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks of `fs`: `(done, pending)` sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION
                and (not f.cancelled() and f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


class _AsCompleted:
    """What `as_completed` returns: for `for`, awaitables giving results
    in completion order; for `async for`, the futures themselves."""

    def __init__(self, aws, timeout):
        loop = get_running_loop()
        todo = {ensure_future(aw) for aw in set(aws)}
        self._done = Queue()
        self._todo = todo
        self._left = len(todo)
        self._handle = None
        if timeout is not None and todo:
            self._handle = loop.call_later(timeout, self._on_timeout)
        for f in todo:
            f.add_done_callback(self._on_completion)

    def _on_completion(self, f):
        if not self._todo:
            return
        self._todo.discard(f)
        self._done.put_nowait(f)
        if not self._todo and self._handle is not None:
            self._handle.cancel()

    def _on_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._on_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    async def _wait_for_one(self, resolve=True):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result() if resolve else f

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._wait_for_one()

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._left <= 0:
            raise StopAsyncIteration
        self._left -= 1
        return await self._wait_for_one(resolve=False)


def as_completed(fs, *, timeout=None):
    """Iterate over `fs` in the order they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expects an iterable of awaitables, not {type(fs).__name__}")
    return _AsCompleted(fs, timeout)


def shield(arg):
    """Await `arg` without letting a cancellation reach it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = get_running_loop()
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done)

    inner.add_done_callback(_inner_done)
    outer.add_done_callback(_outer_done)
    return outer
