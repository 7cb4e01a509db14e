# Annotations under if/for/try only count when they ran.
import sys

flag = len(sys.argv) > 100


class C:
    always: int
    if flag:
        never: str
    else:
        other: bytes
    for i in range(1):
        looped: float
    try:
        tried: list
        raise ValueError
    except ValueError:
        handled: dict
    while False:
        not_run: set


print(C.__annotations__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print("__conditional_annotations__" in C.__dict__, "__classdictcell__" in C.__dict__)

x: int = 1
if flag:
    y: str
z: "text"
print(sys.modules[__name__].__annotations__)
print("__conditional_annotations__" in globals(), type(__conditional_annotations__).__name__)
print(sorted(__conditional_annotations__))
