"""threading without OS threads (Taipan runs one thread).

A started Thread is queued and runs to completion, on the caller's
stack, at the first point where the program would wait for it: its
join(), a wait that cannot succeed yet (an empty Queue's get, a held
Lock, an unset Event, a Condition), or the end of the program. Threads
therefore never interleave: a thread's run() is atomic. A wait that no
queued thread can satisfy raises RuntimeError instead of hanging.
"""

import sys as _sys
import _thread
from _thread import get_ident, get_native_id, TIMEOUT_MAX, ThreadError
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

_pending = []      # started threads not run yet, in start order
_active = {}       # ident -> Thread, for started threads not finished
_counter = 0
_trace_hook = None
_profile_hook = None


def _run_pending(ready):
    """Run queued threads until ready() holds; False if none is left."""
    while not ready():
        if not _pending:
            return False
        _pending.pop(0)._run_now()
    return True


def _wait_for(ready, what, blocking=True, timeout=None):
    # The emulation of every blocking wait: run queued threads until
    # ready() holds. Only a wait without a timeout can deadlock.
    if ready():
        return True
    if not blocking:
        return False
    if _run_pending(ready):
        return True
    if timeout is None or timeout < 0:
        raise RuntimeError(f"deadlock: {what} can never succeed "
                           f"(Taipan runs threads one at a time)")
    return False


Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock


class _RLock:
    """A lock its owner may acquire again (released as often)."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._owner is not None else "unlocked"
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__}"
                f" object owner={self._owner} count={self._count} "
                f"at {hex(id(self))}>")

    def acquire(self, blocking=True, timeout=-1):
        """Take the lock (again, if this thread holds it)."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not _wait_for(lambda: self._owner is None, "RLock.acquire()",
                         blocking, None if timeout == -1 else timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        """Give the lock back once."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._owner is not None

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    """A reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A lock with wait/notify: a wait runs queued threads until it is
    notified (or its predicate holds)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._notified = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, 0)>"

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        return owned() if owned else self._lock.locked()

    def _release_all(self):
        if isinstance(self._lock, _RLock):
            count, self._lock._owner, self._lock._count = \
                self._lock._count, None, 0
            return count
        self._lock.release()
        return 1

    def _restore(self, count):
        if isinstance(self._lock, _RLock):
            self._lock._owner, self._lock._count = get_ident(), count
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, wait for a notify, take the lock again."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        seen = self._notified
        count = self._release_all()
        try:
            return _wait_for(lambda: self._notified != seen,
                             "Condition.wait()", True, timeout)
        finally:
            self._restore(count)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        if result:
            return result
        count = self._release_all()
        try:
            _wait_for(predicate, "Condition.wait_for()", True, timeout)
        finally:
            self._restore(count)
        return predicate()

    def notify(self, n=1):
        """Wake waiters."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        self._notified += 1

    def notify_all(self):
        """Wake every waiter."""
        self.notify()


class Semaphore:
    """A counter of available slots."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at "
                f"{hex(id(self))}: value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Take a slot."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not _wait_for(lambda: self._value > 0, "Semaphore.acquire()",
                         blocking, timeout):
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n slots."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at "
                f"{hex(id(self))}: value={self._value}/"
                f"{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return (f"<{type(self).__module__}.{type(self).__qualname__} at "
                f"{hex(id(self))}: {status}>")

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set; return it."""
        _wait_for(lambda: self._flag, "Event.wait()", True, timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted."""


class Barrier:
    """Waits until `parties` threads have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        """Wait for the other parties; return this one's index."""
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if self._count == self._parties:
            if self._action:
                self._action()
            self._count = 0
            self._generation += 1
            return index
        try:
            _wait_for(lambda: self._generation != generation or self._broken,
                      "Barrier.wait()", True,
                      timeout if timeout is not None else self._timeout)
        except RuntimeError:
            self._broken = True
            raise BrokenBarrierError from None
        if self._broken or self._generation == generation:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread of control (run when first waited for, see the module)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None, context=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = (daemon if daemon is not None
                          else current_thread().daemon)
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Queue the thread; it runs when something waits for it."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._ident = _thread._new_ident()
        self._native_id = self._ident
        self._started.set()
        _active[self._ident] = self
        _pending.append(self)

    def _run_now(self):
        _thread._enter(self._ident)
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__,
                                       self)))
        finally:
            _thread._leave()
            self._is_stopped = True
            _active.pop(self._ident, None)

    def run(self):
        """Call the target (override in subclasses)."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread has run."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self in _pending:
            _pending.remove(self)
            self._run_now()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        """True from start() until the thread has run."""
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = self._ident
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self, ident):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = ident
        self._native_id = ident

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Call a function after `interval` seconds (at once when run, as
    no other thread could run meanwhile) unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not run yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs:
    """The argument of threading.excepthook."""

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __repr__(self):
        return (f"ExceptHookArgs(exc_type={self.exc_type!r}, "
                f"exc_value={self.exc_value!r}, "
                f"exc_traceback={self.exc_traceback!r}, "
                f"thread={self.thread!r})")


def excepthook(args, /):
    """Print an exception a thread's run() raised."""
    if args.exc_type == SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def current_thread():
    """The Thread object of the running thread."""
    ident = get_ident()
    thread = _active.get(ident)
    if thread is None:
        thread = _DummyThread(ident)
        _active[ident] = thread
    return thread


currentThread = current_thread


def main_thread():
    """The main Thread object."""
    return _main_thread


def active_count():
    """The number of Thread objects alive."""
    return len(_active)


activeCount = active_count


def enumerate():
    """The Thread objects alive."""
    return list(_active.values())


def settrace(func):
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)


def getprofile():
    return _profile_hook


def stack_size(size=0, /):
    """0 (the size cannot be set)."""
    return 0


class local:
    """Attributes seen only by the thread that set them."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        # The constructing thread's dict exists now (Python then runs
        # __init__ in it); another thread's is made, and __init__ run
        # again, on its first access.
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
            args, kw = object.__getattribute__(self, '_local__args')
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name in ('__class__', '__dict__') or name.startswith('_local__'):
            if name == '__dict__':
                return object.__getattribute__(self, '_local__dict')()
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_local__dict')()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"{type(self).__name__!r} object attribute '__dict__' is "
                f"read-only")
        object.__getattribute__(self, '_local__dict')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dict')()
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


def _shutdown():
    """Run the threads still queued (called at exit)."""
    _run_pending(lambda: False)


_main_thread = _MainThread()
_thread._register_shutdown(_shutdown)
