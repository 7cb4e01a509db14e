# Subclasses of dict find user-hashed keys as dicts do.
import collections


class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __repr__(self):
        return f"P({self.x})"


class D(dict):
    pass


d = D()
d[P(1)] = "one"
d[P(1)] = "uno"
print(len(d), d[P(1)], P(1) in d, d.get(P(1)))
d[(P(2), P(3))] = "pair"
print(d[(P(2), P(3))], len(d))
del d[P(1)]
print(len(d), P(1) in d)


class Missing(dict):
    def __missing__(self, key):
        return 0


m = Missing()
for k in [P(1), P(2), P(1), (P(1),), (P(1),)]:
    m[k] += 1
print(sorted(m.values()), m[P(1)], m[(P(1),)], m[P(9)])
c = collections.Counter([P(1), P(1), P(2), (P(3), 4), (P(3), 4)])
print(c[P(1)], c[P(2)], c[(P(3), 4)], len(c))
dd = collections.defaultdict(list)
dd[P(5)].append(1)
dd[P(5)].append(2)
print(dict(dd))
try:
    del d[P(7)]
except KeyError as e:
    print("KeyError:", e)
