"""Coroutine tests."""

import _asyncio

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """Whether `func` is an `async def` function (or a method of one)."""
    _asyncio._deprecated(
        "'asyncio.iscoroutinefunction' is deprecated and slated for removal"
        " in Python 3.16; use inspect.iscoroutinefunction() instead")
    func = getattr(func, "__func__", func)
    while hasattr(func, "func") and hasattr(func, "args"):
        func = func.func
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """Whether `obj` is a coroutine object."""
    return type(obj).__name__ == "coroutine"
