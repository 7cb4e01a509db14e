# math constants and basic float functions
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.cbrt(27), math.cbrt(-8))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan))
print(math.isfinite(1.5), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5))
print(math.degrees(math.pi / 2), math.radians(90), math.degrees(1), math.radians(1))
print(type(math.sqrt(4)).__name__, math.sqrt(True), math.sqrt(10**20))
