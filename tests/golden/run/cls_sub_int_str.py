class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))

m = Meters(5)
print(m, repr(m), m + 3, m * 2, m == 5, m > 4, isinstance(m, int), hash(m) == hash(5))
print(type(m * 2).__name__, type(m + 1).__name__, int(m) + 1, -m, abs(Meters(-3)))
print([10, 20, 30, 40, 50, 60][m], f"{m:>5}", str(m), "%d" % m)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", n[0], n == "bob", isinstance(n, str), n.title())
print(type(n.upper()).__name__, repr(n), f"[{n}]", "bob" in {n: 1})

class Half(float):
    def half(self):
        return self / 2
h = Half(3.0)
print(h, h.half(), h + 1, isinstance(h, float), round(h))

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), len(p), p[0], isinstance(p, tuple), p == (1, 2))
a, b = p
print(a, b)
