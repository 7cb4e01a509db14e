# int <-> float conversion is correctly rounded
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**1023, 2**1024 - 2**970,
          10**22, 10**23, -(2**53 + 1), 12345678901234567890]:
    print(n, float(n), n * 1.0 == float(n))
for x in [1e20, 1.5e300, -2.5, 0.9999, -0.9999, 1e-300, 4.5e15 + 0.5, 2.0**100]:
    print(x, int(x))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(e)
print(float(2**1024 - 2**971))
