# last-bit accuracy where CPython uses its own algorithms (Lanczos gamma) or libm
import math
print(math.erfc(2), math.erfc(0.5), math.erf(0.1), math.erfc(5))
print(math.lgamma(10), math.lgamma(0.5), math.lgamma(100.5), math.gamma(4.5), math.gamma(-1.5), math.gamma(30.5))
print((1 + 1j) ** 101, (2 - 1j) ** 150.5)
