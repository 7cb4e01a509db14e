# vars() and vars(obj)
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = "two"
p = P()
print(vars(p))
vars(p)["z"] = 3
print(p.z, vars(p) is p.__dict__)
import math
print(vars(math) is math.__dict__, "floor" in vars(math))
def f():
    a = 1
    return vars()
print(f())
print(vars() is globals())
for bad in [1, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
def g(): pass
g.tag = 1
print(vars(g))
