class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, a == Vec(1, 2), a != b, a < b, b > a, sorted([b, a]))
a += b
print(a)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return BagIter(self.items)


class BagIter:
    def __init__(self, items):
        self.items = items
        self.i = 0

    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]


bag = Bag("a", "b", "c")
bag[1] = "B"
print(len(bag), bag[0], bag[1], "c" in bag, "z" in bag, bool(bag), bool(Bag()))
for item in bag:
    print("item", item)
if not Bag():
    print("empty bag is falsy")


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2)
