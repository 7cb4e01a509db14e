class Default(dict):
    def __missing__(self, key):
        return key * 2

d = Default(a=1)
print(d["a"], d["bb"], d, len(d), "bb" in d)

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
    def add(self, key):
        self[key] += 1

c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(c, sorted(c.items()), c.get("a"), c.get("z", -1))

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["x"] = 1
print(u, u["X"], u["x"], list(u.keys()), isinstance(u, dict))
class Plain(dict):
    pass
p = Plain({"k": 1})
try:
    p["missing"]
except KeyError as e:
    print("KeyError:", e)
print(p == {"k": 1}, type(p).__name__, dict(p))
