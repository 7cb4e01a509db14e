"""The running loop as an object: `get_running_loop()` and handles."""

import _asyncio


class Handle:
    """A callback scheduled with `call_soon`; `cancel()` stops it."""

    __slots__ = ("_callback", "_args", "_cancelled")

    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if not self._cancelled:
            self._callback(*self._args)

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        name = getattr(self._callback, "__qualname__", repr(self._callback))
        return f"<{type(self).__name__}{state} {name}()>"


class TimerHandle(Handle):
    """A callback scheduled for a time (`call_later`/`call_at`)."""

    __slots__ = ("_when",)

    def __init__(self, when, callback, args):
        super().__init__(callback, args)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    """The base class of event loops."""


class _EventLoop(AbstractEventLoop):
    """The loop `asyncio.run` runs (one at a time)."""

    def time(self):
        return _asyncio._time()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args)
        _asyncio._call_soon(handle._run, ())
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        handle = TimerHandle(when, callback, args)
        _asyncio._call_at(when, handle._run, ())
        return handle

    def create_future(self):
        return _asyncio._new_future()

    def create_task(self, coro, *, name=None, context=None):
        return _asyncio.create_task(coro, name=name)

    def is_running(self):
        try:
            _asyncio._running()
        except RuntimeError:
            return False
        return True

    def is_closed(self):
        return False

    def get_debug(self):
        return False

    def __repr__(self):
        return f"<_UnixSelectorEventLoop running={self.is_running()} closed=False debug=False>"


_loop = _EventLoop()


def get_running_loop():
    """The running loop; `RuntimeError` outside one."""
    _asyncio._running()
    return _loop


def get_event_loop():
    """The running loop (there is no other one)."""
    return get_running_loop()
