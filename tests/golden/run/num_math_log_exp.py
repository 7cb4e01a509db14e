# logarithms (huge ints too) and exponentials
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-20))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1100, 2))
print(math.log(math.inf), math.log(math.nan), math.log2(0.5), math.log10(1e-300))
print(math.exp(0), math.exp(1), math.exp(-1000), math.exp(-math.inf), math.exp2(10), math.exp2(-1), math.expm1(1e-10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(1, math.nan),
      math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(0.5, -math.inf), math.pow(2, -math.inf), math.pow(-0.0, 3), math.pow(-math.inf, -3))
