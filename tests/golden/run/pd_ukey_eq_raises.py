# __eq__ raising when hashes collide.
class E:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, o):
        raise RuntimeError(f"eq {self.n}")

    def __repr__(self):
        return f"E{self.n}"


a, b = E(1), E(2)
d = {a: "a"}
print(d[a], a in d, {a} == {a})
for name, f in [
    ("subscr", lambda: d[b]),
    ("in", lambda: b in d),
    ("store", lambda: d.__setitem__(b, 1)),
    ("set", lambda: {a, b}),
    ("set()", lambda: set([a, b])),
    ("dict()", lambda: dict([(a, 1), (b, 2)])),
    ("get", lambda: d.get(b)),
    ("update", lambda: d.copy().update({b: 3})),
    ("union", lambda: {a} | {b}),
    ("eq", lambda: {a: 1} == {b: 1}),
]:
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print(len(d))
s = {a}
s.add(b)
