"""atexit: functions called when the interpreter exits (the VM calls
_run_exitfuncs after the main module ends, last registered first)."""

import sys

_handlers = []


def register(func, /, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; return func (a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Forget every registration of func (compared with ==)."""
    _handlers[:] = [h for h in _handlers if not h[0] == func]


def _clear():
    """Forget every registered function."""
    _handlers.clear()


def _ncallbacks():
    """The number of registered functions."""
    return len(_handlers)


def _run_exitfuncs():
    """Call the registered functions, last first; report their errors."""
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            print(f"Exception ignored in atexit callback {func!r}:",
                  file=sys.stderr)
            tb = exc.__traceback__
            traceback.print_exception(type(exc), exc,
                                      tb.tb_next if tb else None)
