import math
import math as m
from math import sqrt, pi as PI, floor

print(math.pi, m.e, PI, sqrt(16), floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20))
print(math.isqrt(17), math.fabs(-3), math.log(math.e), math.log(8, 2), math.hypot(3, 4), math is m)
for bad in (-1, -4.0):
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("stopped")
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nothing_here
except ImportError as e:
    print(e)
