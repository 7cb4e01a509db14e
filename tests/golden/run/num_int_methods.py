# int methods and attributes
for n in [0, 1, -1, 5, -6, 255, 256, 2**64, -(2**100), True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(),
          n.conjugate(), n.real, n.imag, n.numerator, n.denominator, n.__index__())
print((7).__int__(), (7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print(type(True.real).__name__, type(True.numerator).__name__, type((5).conjugate()).__name__)
print((-17).__abs__(), (1234).__round__(-2))
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
