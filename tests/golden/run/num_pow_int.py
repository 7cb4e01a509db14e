# ** on ints: exact big results, negative exponents give floats
print(2 ** 10, 2 ** 100, (-2) ** 63, (-2) ** 64, 3 ** 0, 0 ** 0)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(1 ** 10**20, (-1) ** (10**20 + 1), 0 ** 10**20)
print(7 ** 77)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print((-8) ** (1 / 3))
print(4 ** 0.5, 2 ** 0.5, (-1) ** 0.5)
print(2 ** 1023 * 2.0)
x = 3
x **= 40
print(x)
print(pow(2, 10), pow(-3, 3), pow(2, -3))
print(pow(base=5, exp=2))
