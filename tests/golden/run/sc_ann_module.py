# Module annotations: __annotate__ and a cached __annotations__.
import sys

a: int
b: list[str] = ["x"]
c: Later
this = sys.modules[__name__]
print(this.__annotate__.__name__, this.__annotate__.__qualname__)
try:
    this.__annotations__
except NameError as e:
    print("NameError:", e)
print("__annotations__" in globals())
Later = float
print(this.__annotations__)
print("__annotations__" in globals())
print(__annotations__ is this.__annotations__)
(d): int = 5
e = {}
e["k"]: int
print(this.__annotate__(1))


def f():
    local: undefined = 3
    other: undefined
    return local


print(f())
try:
    print(__annotations__["nothing"])
except KeyError as err:
    print("KeyError:", err)
