# // and % sign rules for ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in pairs:
    x, y = float(a), float(b)
    print(x, y, x // y, x % y, divmod(x, y))
print(-0.0 // 1.0, -0.0 % 1.0, 0.0 % -1.0, -1e-300 % 1.0)
print(5.5 // 2, 5.5 % 2, -5.5 // 2, -5.5 % 2)
print(1e300 // 1e-300 if False else 7.0 // 0.1, 7.0 % 0.1)
print(2**64 // 3, 2**64 % 3, -(2**64) // 3, -(2**64) % 3)
print((-2**100) // 7, (-2**100) % 7, (2**100) // -7, (2**100) % -7)
print(divmod(10**30, -7), divmod(-10**30, 7))
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
