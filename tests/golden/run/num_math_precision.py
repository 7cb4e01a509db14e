# last-bit accuracy of erfc and of polar-form complex powers (libm-dependent)
import math
print(math.erfc(2), math.erfc(0.5), math.erf(0.1), math.erfc(5))
print((1 + 1j) ** 101, (2 - 1j) ** 150.5)
