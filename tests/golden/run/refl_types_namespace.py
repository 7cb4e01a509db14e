# types.SimpleNamespace: keyword construction, repr, equality, attribute changes
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="two", c=[3])
print(ns)
print(ns.a, ns.b, ns.c)
ns.d = 4.5
del ns.a
print(ns, vars(ns))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1))
print(SimpleNamespace(x=1) == SimpleNamespace(x=2), SimpleNamespace(x=1) != SimpleNamespace(x=1))
print(SimpleNamespace({"k": 1, "j": 2}, z=0))
print(SimpleNamespace([("p", 1)]))
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
class Sub(SimpleNamespace):
    pass
print(Sub(q=1))
nested = SimpleNamespace(inner=SimpleNamespace(v=1))
print(nested, nested.inner.v)
print(sorted(k for k in dir(ns) if not k.startswith("_")))
