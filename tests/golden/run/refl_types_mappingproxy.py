# types.MappingProxyType: a read-only view; class __dict__ is one
from types import MappingProxyType
d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(repr(mp), str(mp), mp["a"], len(mp), list(mp), "a" in mp, "z" in mp)
print(mp.get("b"), mp.get("z"), mp.get("z", 0), list(mp.keys()), list(mp.values()), list(mp.items()))
d["c"] = 3
print(mp["c"], len(mp))
cp = mp.copy()
cp["d"] = 4
print(type(cp).__name__, "d" in mp, mp == {"a": 1, "b": 2, "c": 3})
print(mp | {"e": 5})
for bad in ([1], 3, "s"):
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del mp["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    mp["missing"]
except KeyError as e:
    print("KeyError:", e)
class K:
    attr = 1
    def method(self): pass
print(type(K.__dict__).__name__, K.__dict__["attr"], "method" in K.__dict__, type(vars(K)).__name__)
print(sorted(k for k in K.__dict__ if not k.startswith("__")))
try:
    K.__dict__["new"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(MappingProxyType))
