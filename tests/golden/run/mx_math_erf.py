# math.erf and math.erfc to the last bit, across every branch of the
# approximation (small, near 1, the two tails, the limits).
import math
xs = [0.0, -0.0, 1e-300, 1e-20, 0.1, 0.25, 0.5, 0.84375, 0.9, 1.0, 1.2, 1.25,
      1.5, 2.0, 2.5, 2.857, 3.0, 4.0, 5.0, 5.9, 6.0, 10.0, 20.0, 26.5, 27.9,
      28.0, 30.0, 1e10]
for x in xs:
    for v in (x, -x):
        print(repr(v), repr(math.erf(v)), repr(math.erfc(v)))
for k in range(1, 200):
    x = k / 16
    print(k, math.erf(x).hex(), math.erfc(x).hex(), math.erfc(-x).hex())
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
print(math.erf(math.nan), math.erfc(math.nan))
try:
    math.erf("1")
except TypeError as e:
    print("TypeError:", e)
