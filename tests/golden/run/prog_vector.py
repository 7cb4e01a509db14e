# A 2-D vector class with the arithmetic dunders.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, -a, abs(a), a / 2)
print(a == Vec(3, 4), a != b, bool(Vec()), bool(a), list(a), {a, Vec(3, 4), b} == {a, b})
x, y = a + b
print(x, y, f"{a:.2f}", f"{b:>6}")
total = Vec()
for v in [a, b, Vec(0.5, 0.25)]:
    total += v
print(total)
print(a + 1)
