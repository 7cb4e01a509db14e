# Tuples holding user-hashed items as dict keys and set items.
class K:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        K.calls += 1
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K{self.v}"


d = {(1, K(2)): "a"}
print(d[(1, K(2))], (1, K(2)) in d, (1, K(3)) in d, (2, K(2)) in d)
d[(1, K(2))] = "b"
print(d, len(d))
s = {(K(1), "x"), (K(1), "x"), (K(1), "y")}
print(len(s), (K(1), "y") in s)
print(hash((1, K(2))) == hash((1, 2)), hash((K(5),)) == hash((5,)))
print(K.calls > 0)
grid = {}
for i in range(3):
    for j in range(3):
        grid[(K(i), K(j))] = i * j
print(grid[(K(2), K(2))], len(grid), (K(0), K(9)) in grid)
