# isclose, nextafter, ulp, fma, remainder, fmod, copysign, erf, gamma
import math
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(1, 1))
print(math.nextafter(1, 2, steps=2), math.nextafter(1, 2, steps=0), math.nextafter(0, math.inf, steps=10))
print(math.ulp(1), math.ulp(0), math.ulp(-2.5), math.ulp(1e300), math.ulp(math.nan), math.ulp(1.7976931348623157e308))
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(-2, 3, 6))
print(math.remainder(5, 3), math.remainder(-5, 3), math.remainder(4.5, 3), math.remainder(7.5, 3), math.remainder(3, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 3), math.fmod(5, math.inf))
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(0), math.erf(math.inf))
print(math.gamma(1), math.gamma(5), math.gamma(0.5), math.gamma(-0.5), math.lgamma(1), math.lgamma(2))
for f in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.nextafter(1, 2, steps=-1), lambda: math.gamma(172)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
