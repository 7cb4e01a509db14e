"""`Future` and `Task` as classes over the native futures."""

import _asyncio


class _FutureType(type):
    def __instancecheck__(cls, obj):
        kind = _asyncio._kind(obj)
        if kind is None:
            return type.__instancecheck__(cls, obj)
        return cls is Future or kind == "Task"

    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub)


class Future(metaclass=_FutureType):
    """A result that is not there yet (native)."""

    def __new__(cls, *, loop=None):
        return _asyncio._new_future()


class Task(Future):
    """A coroutine run by the loop (native; made by `create_task`)."""

    def __new__(cls, coro, *, loop=None, name=None, context=None):
        return _asyncio.create_task(coro, name=name)


def isfuture(obj):
    """Whether `obj` is a future or a task."""
    return _asyncio._kind(obj) is not None


def all_tasks(loop=None):
    """The tasks of the running loop not done yet."""
    return set(_asyncio._all_tasks())
