# subclasses of int, float and complex keep their numeric behaviour
import math
class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)!r})"
class Count(int):
    def __add__(self, other):
        return Count(int(self) + int(other))
class Z(complex):
    pass
m = Meters(2.5)
c = Count(3)
z = Z(1, 2)
print(m, m * 2, m + 1, round(m), math.floor(m), abs(Meters(-1.5)), float(m), int(m), m.is_integer(), m.hex())
print(c + 4, type(c + 4).__name__, c * 2, -c, c.bit_length(), divmod(c, 2), pow(c, 2, 5), c == 3, hash(c) == hash(3))
print(z, z * 2, abs(Z(3, 4)), z.conjugate(), z.real, z.imag, z == 1 + 2j, type(z).__name__, complex(z))
print(isinstance(m, float), isinstance(c, int), isinstance(z, complex), sorted([Count(5), 2, Meters(3.5)]))
