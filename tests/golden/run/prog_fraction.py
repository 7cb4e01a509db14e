# A Fraction class: normalisation, arithmetic, comparison, hashing, formatting.
from math import gcd


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        return self + -Fraction.of(o)

    def __rsub__(self, o):
        return Fraction.of(o) - self

    def __mul__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __eq__(self, o):
        o = Fraction.of(o)
        return (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = Fraction.of(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


h = sum((Fraction(1, n) for n in range(1, 11)), Fraction(0))
print(h, float(h), repr(h))
print(Fraction(6, -8), Fraction(3, 4) * 4, 1 - Fraction(1, 3), Fraction(2, 3) ** -2)
print(Fraction(1, 3) < Fraction(1, 2), Fraction(2, 4) == Fraction(1, 2), Fraction(5) == 5)
print(sorted([Fraction(3, 7), Fraction(1, 2), Fraction(2, 5)]))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), max(Fraction(1, 3), Fraction(1, 4)))
x = Fraction(1)
for _ in range(6):
    x = (x + 2 / x) / 2 if False else (x + Fraction(2) / x) / 2
print(x, float(x))
print(Fraction(1, 0))
