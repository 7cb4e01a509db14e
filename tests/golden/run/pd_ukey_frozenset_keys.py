# frozensets as dict keys and set items, with built-in and user items.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K{self.v}"


d = {frozenset([1, 2]): "a", frozenset(): "empty", frozenset(["x"]): "x"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({"x"}) in d, frozenset([1]) in d)
print({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])} == {frozenset([1, 2]), frozenset([3])})
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1, 2]) == {1, 2})
u = frozenset([K(1), K(2)])
print(u == frozenset([K(2), K(1)]), K(1) in u, K(3) in u, len(u | {K(1), K(3)}))
print({u: "users"}.get(frozenset([K(2), K(1)])))
print(sorted(len(x) for x in {frozenset(), frozenset([0]), frozenset([0.0]), frozenset([False])}))
