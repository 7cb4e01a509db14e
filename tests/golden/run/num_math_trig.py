# trigonometric and hyperbolic functions
import math
print(math.sin(0), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi), math.tan(0), math.tan(math.pi / 4))
print(math.asin(1), math.acos(0), math.acos(1), math.atan(1), math.atan(math.inf), math.atan(-math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.tanh(-math.inf))
print(math.asinh(0), math.acosh(1), math.atanh(0), math.asinh(-math.inf), math.acosh(math.inf))
print(math.sin(1.0), math.cos(1.0), math.tan(1.0), math.sinh(1.0), math.cosh(1.0), math.tanh(0.5))
print(math.asin(0.5), math.acos(0.5), math.atan(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(-0.0), math.tan(-0.0), math.sin(math.nan), math.hypot(3, 4))
