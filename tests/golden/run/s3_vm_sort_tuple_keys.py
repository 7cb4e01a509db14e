# sorted()/list.sort() with keys that are tuples of objects ordered by __lt__.
class K:
    __slots__ = ["o"]

    def __init__(self, o):
        self.o = o

    def __lt__(self, other):
        return self.o < other.o

    def __repr__(self):
        return f"K({self.o})"


print(sorted([(K(3), "c"), (K(1), "a"), (K(2), "b")]))
print(sorted(["bb", "a", "ccc"], key=lambda s: (K(len(s)),)))
items = [[K(2), K(1)], [K(1), K(5)], [K(1), K(2)]]
items.sort()
print(items)
print(max([(K(1),), (K(9),), (K(4),)]), min([(K(1),), (K(9),)]))
try:
    sorted([(object(),), (object(),)])
except TypeError as e:
    print("TypeError", e)
