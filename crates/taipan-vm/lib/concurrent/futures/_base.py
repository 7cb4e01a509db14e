"""The Future and Executor classes of concurrent.futures."""

import collections
import itertools
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run calls."""


class Future:
    """The result of a call, available once it has run."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception(
                    'exception calling callback for %r', self)

    def __repr__(self):
        state = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception:
                return (f'<{self.__class__.__name__} at {hex(id(self))} '
                        f'state={state} raised '
                        f'{self._exception.__class__.__name__}>')
            return (f'<{self.__class__.__name__} at {hex(id(self))} '
                    f'state={state} returned '
                    f'{self._result.__class__.__name__}>')
        return f'<{self.__class__.__name__} at {hex(id(self))} state={state}>'

    def cancel(self):
        """Cancel the call if it has not started; True if cancelled."""
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when done (at once if it already is)."""
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception(
                'exception calling callback for %r', self)

    def _check_done(self, timeout):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (or raise what it raised)."""
        self._check_done(timeout)
        return self.__get_result()

    def exception(self, timeout=None):
        """What the call raised, or None."""
        self._check_done(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        """Mark running; False if it was cancelled."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish with a result."""
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Finish with an exception."""
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor:
    """Runs calls; this base class runs each one in submit()."""

    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs); return its finished Future."""
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """The results of fn over the iterables, in order."""
        if buffersize is not None and not isinstance(buffersize, int):
            raise TypeError("buffersize must be an integer or None")
        if buffersize is not None and buffersize < 1:
            raise ValueError("buffersize must be None or > 0")
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield _result_or_cancel(fs.pop())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Refuse new calls."""
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets of the futures."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """The futures as they complete (the done ones first)."""
    fs = list(dict.fromkeys(fs))
    done = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    yield from done
    if pending:
        raise TimeoutError(f'{len(pending)} (of {len(fs)}) futures '
                           f'unfinished')
