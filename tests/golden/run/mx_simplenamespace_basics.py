# types.SimpleNamespace: construction, attributes, repr, equality.
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="two")
print(ns, repr(ns), ns.a, ns.b)
print(SimpleNamespace(), SimpleNamespace({"x": 1}, y=2), SimpleNamespace([("p", 1), ("q", 2)]))
print(SimpleNamespace({"x": 1}, x=2))
ns.c = [1, 2]
del ns.a
print(ns, sorted(vars(ns)), ns.__dict__)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1) == {"a": 1}, SimpleNamespace() == SimpleNamespace())
print(type(ns).__name__, type(ns).__qualname__, type(ns).__module__, type(ns))
print(SimpleNamespace.__hash__, ns.__eq__(1))
class Sub(SimpleNamespace):
    pass
s = Sub(z=3)
print(s, repr(s), s == SimpleNamespace(z=3), SimpleNamespace(z=3) == s)
print(isinstance(s, SimpleNamespace), type(s).__name__)
ns.self = ns
print(ns)
a = SimpleNamespace()
b = SimpleNamespace(a=a)
a.b = b
print(a, b)
print(SimpleNamespace(**{"weird key": 1, "x-y": 2}))
print(getattr(SimpleNamespace(**{"1": 5}), "1"))
