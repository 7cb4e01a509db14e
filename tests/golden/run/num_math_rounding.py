# floor, ceil, trunc, modf, frexp, ldexp
import math
for x in [2.5, -2.5, 3.0, -0.0, 1e20, -1e-20, 7, -7, True, 2**100]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.modf(x))
print(type(math.floor(2.5)).__name__, type(math.modf(2.5)[0]).__name__)
for x in [0.0, -0.0, 1.0, 8.0, 0.3, -5.5, 1e-310, math.inf, math.nan, 2**100]:
    print(x, math.frexp(x))
print(math.ldexp(0.5, 3), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(1.5, 10**20 * 0))
print(math.ldexp(1.0, -10**20), math.ldexp(math.inf, -5), math.ldexp(3, True))
print(math.modf(math.inf), math.modf(-math.inf), math.modf(math.nan))
for f in [lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.trunc("x"),
          lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10**20), lambda: math.floor("1")]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
