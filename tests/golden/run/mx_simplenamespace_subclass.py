# Subclasses of types.SimpleNamespace: repr uses the subclass name, extra
# methods and __init__ overrides work, equality is across the family.
from types import SimpleNamespace
class Point(SimpleNamespace):
    def __init__(self, x, y, **kw):
        super().__init__(x=x, y=y, **kw)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4, label="p")
print(p, p.norm2(), p == SimpleNamespace(x=3, y=4, label="p"))
class Config(SimpleNamespace):
    __slots__ = ()
c = Config(debug=True)
c.level = 2
print(c, vars(c), isinstance(c, SimpleNamespace))
class Loud(SimpleNamespace):
    def __repr__(self):
        return "Loud!" + super().__repr__()
print(Loud(a=Loud(b=1)))
n = SimpleNamespace(inner=Point(1, 2))
print(n)
n.inner.back = n
print(n)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
