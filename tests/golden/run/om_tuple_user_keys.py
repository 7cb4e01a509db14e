# Tuples of instances hash and compare through __hash__/__eq__ everywhere.
class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __repr__(self):
        return f"P({self.x})"


a = (P(1), P(2))
b = (P(1), P(2))
c = (P(1), P(3))
print(a == b, a != b, a == c, hash(a) == hash(b))
d = {a: "v"}
print(d[b], b in d, d.get(b), d.get(c, "none"))
s = {a}
print(b in s, c in s, len(s | {b}), len(s | {c}))
print([a].index(b), [a, b, c].count(b), b in [a], b in (a,), c in [a])
print((a, c).index(c), (a, a).count(b))
lst = [a, c]
lst.remove(b)
print(lst)
print({(P(1),): 1} == {(P(1),): 1})
print(frozenset([a]) == frozenset([b]))
print(((P(1), 2), 3) == ((P(1), 2), 3), [[P(1)]] == [[P(1)]], [[P(1)]] == [[P(2)]])
print(len({(1, P(1)), (1, P(1))}), len(set([a, b, c])))
print((P(1), [1]) == (P(1), [1]))
print([(P(1), 1)].index((P(1), 1)))
print(len(dict.fromkeys([a, b, c])))
nested = [[(P(1),)], [(P(2),)]]
print([[(P(2),)]] == nested[1:], nested.index([(P(2),)]))
print({"k": (P(1),)} == {"k": (P(1),)})
try:
    [a].index(c)
except ValueError as e:
    print("ValueError:", e)
