# types.SimpleNamespace.__replace__ and copy.replace, copy and deepcopy.
import copy
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b=[1, 2])
r = copy.replace(ns, a=10, c=3)
print(r, ns, r is ns, r.b is ns.b)
print(ns.__replace__(), ns.__replace__() == ns)
class Sub(SimpleNamespace):
    pass
s = Sub(x=1)
print(copy.replace(s, y=2), type(copy.replace(s, y=2)).__name__)
c = copy.copy(ns)
d = copy.deepcopy(ns)
print(c, d, c.b is ns.b, d.b is ns.b, c == ns, d == ns)
print(ns.__reduce__()[0].__name__, ns.__reduce__()[1:])
