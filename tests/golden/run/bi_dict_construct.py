print(dict(), dict(a=1, b=2), dict({"k": 1}, k=2, j=3))
print(dict([("a", 1), ("b", 2)]), dict(zip("xyz", range(3))), dict(["ab", "cd"]))
print(dict({1: 2}.items()), dict(((i, i * i) for i in range(4))))
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()))
d = {1: "a", 1.0: "b", True: "c"}
print(d)
print({**{"a": 1}, "b": 2, **{"a": 3}})
for bad in [lambda: dict(1), lambda: dict([1]), lambda: dict({}, {}), lambda: dict([[1, 2, 3]])]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__ + ":", ex)
r = {}
r["self"] = r
print(r)
dict([("a", 1), ("b",)])
