import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f"Vector{self.c}"
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.c, other.c)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))
    def __matmul__(self, other):
        return self * other
    def __neg__(self):
        return Vector(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return math.sqrt(sum(a * a for a in self.c))
    def __bool__(self):
        return any(self.c)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __iadd__(self, other):
        self.c = (self + other).c
        return self

v = Vector(3, 4)
w = Vector(1, 2)
print(v + w, v - w, v * 2, 2 * v, v * w, v @ w, v / 2, -v, +v, abs(v))
print(bool(Vector(0, 0)), bool(v), len(v), v[0], list(v), v == Vector(3, 4), v != w)
u = v
u += w
print(u, v, u is v)
print(hash(Vector(1, 2)) == hash((1, 2)))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))
