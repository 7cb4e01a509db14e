class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
del p.y
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__)
class Q(P):
    pass
q = Q(2)
q.z = 10
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(3)
r.w = 4
print(r.x, r.w)
try:
    r.k = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
