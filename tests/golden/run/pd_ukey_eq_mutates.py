# __eq__ that mutates the dict or set being searched.
class M:
    target = None

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, o):
        t = M.target
        if t is not None:
            M.target = None
            if isinstance(t, dict):
                t.clear()
                t["new"] = 1
            else:
                t.clear()
        return isinstance(o, M) and self.n == o.n

    def __repr__(self):
        return f"M{self.n}"


d = {M(1): "one"}
M.target = d
try:
    print(d.get(M(2)))
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s = {M(1), M(5)} if False else {M(1)}
M.target = s
try:
    print(M(2) in s)
except RuntimeError as e:
    print("RuntimeError:", e)
print(s)
d = {M(1): "one"}
M.target = d
try:
    d[M(3)] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(map(str, d)))
print("ok")
