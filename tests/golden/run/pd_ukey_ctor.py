# User-hashed keys in the dict()/set()/frozenset() constructors.
class K:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K({self.v}{self.tag})"


d = dict([(K(1, "a"), 1), (K(2), 2), (K(1, "b"), 3)])
print(d, len(d))
print(d[K(1)], K(2) in d, K(3) in d)
d2 = dict({K(5): "x"}, **{"s": 1})
print(d2)
d3 = dict(zip([K(1), K(1), K(2)], "abc"))
print(d3)
s = set([K(1, "a"), K(2), K(1, "b"), K(3)])
print(sorted(s, key=lambda k: k.v), len(s))
fs = frozenset(K(i % 3) for i in range(10))
print(sorted(fs, key=lambda k: k.v), len(fs))
print(K(2) in fs, K(7) in fs)
print(len(set(map(K, [1, 1, 1, 2]))))
print(len({K(1), K(1)}), len({K(1): 0, K(1, "z"): 1}))
print(dict.fromkeys([K(4), K(4, "'"), K(5)], 0))
