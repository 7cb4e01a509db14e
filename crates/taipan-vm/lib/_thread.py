"""_thread: the low-level thread primitives of Taipan's single-threaded
emulation (see threading). Idents: the main thread's is 1, each started
thread gets the next number; get_ident() is the running one's."""

TIMEOUT_MAX = 4294967.0
error = RuntimeError
ThreadError = RuntimeError

_MAIN_IDENT = 1
_running = [_MAIN_IDENT]
_next_ident = _MAIN_IDENT
_shutdown_hooks = []


def get_ident():
    """The identifier of the running thread."""
    return _running[-1]


def get_native_id():
    """The identifier of the running thread (as get_ident)."""
    return _running[-1]


def _new_ident():
    global _next_ident
    _next_ident += 1
    return _next_ident


def _enter(ident):
    _running.append(ident)


def _leave():
    _running.pop()


def _register_shutdown(func):
    _shutdown_hooks.append(func)


def _at_exit():
    """Run what threading queued (the VM calls this before atexit)."""
    while _shutdown_hooks:
        _shutdown_hooks.pop()()


class LockType:
    """A lock; acquiring a held one can only time out (nothing else runs
    meanwhile) or, without a timeout, raises RuntimeError (deadlock)."""

    __taipan_tp_name__ = '_thread.lock'

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock; False if it could not be taken."""
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if self._locked:
            import threading
            wait = None if timeout == -1 else timeout
            if not threading._wait_for(lambda: not self._locked,
                                       "Lock.acquire()", blocking, wait):
                return False
        self._locked = True
        return True

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        """Give the lock back."""
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        """True if the lock is held."""
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


LockType.__name__ = 'lock'
LockType.__qualname__ = 'lock'


def allocate_lock():
    """A new lock."""
    return LockType()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    """Run function(*args, **kwargs) as a new thread (at once); return
    its ident."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    ident = _new_ident()
    _enter(ident)
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException as exc:
        import traceback
        import sys
        print(f"Exception ignored in thread started by {function!r}:",
              file=sys.stderr)
        traceback.print_exception(exc)
    finally:
        _leave()
    return ident


start_new = start_new_thread


def interrupt_main(signum=2, /):
    """Raise KeyboardInterrupt in the main thread (at once)."""
    raise KeyboardInterrupt


def stack_size(size=0, /):
    return 0


def _count():
    return len(_running) - 1
