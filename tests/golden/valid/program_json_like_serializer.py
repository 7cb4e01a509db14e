"""A tiny serializer with single-dispatch style type switches."""

import math
from functools import singledispatch


@singledispatch
def dump(obj, indent: int = 0) -> str:
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@dump.register
def _(obj: bool, indent: int = 0) -> str:
    return "true" if obj else "false"


@dump.register(int)
@dump.register(float)
def _(obj, indent=0):
    if isinstance(obj, float) and not math.isfinite(obj):
        raise ValueError("non-finite float")
    return repr(obj)


@dump.register
def _(obj: str, indent: int = 0) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    return '"' + "".join(escapes.get(c, c) for c in obj) + '"'


@dump.register
def _(obj: list, indent: int = 0) -> str:
    if not obj:
        return "[]"
    pad = " " * (indent + 2)
    inner = ",\n".join(pad + dump(v, indent + 2) for v in obj)
    return f"[\n{inner}\n{' ' * indent}]"


@dump.register
def _(obj: dict, indent: int = 0) -> str:
    pad = " " * (indent + 2)
    items = (f"{pad}{dump(str(k))}: {dump(v, indent + 2)}" for k, v in obj.items())
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"


@dump.register(type(None))
def _(obj, indent=0):
    return "null"


print(dump({"name": "taipan", "version": [3, 14], "stable": False, "notes": None}))
