# fsum, prod, sumprod, hypot, dist
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([1e308, -1e308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([2.0**53, 1.0, 1.0]), math.fsum([1.0, 2.0**-60, -1.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod(["ab", 3]) if False else math.prod([3, "ab"]), math.prod([1j, 1j]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [3, 3]), math.sumprod([], []), math.sumprod([1.5], [2]))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1), math.hypot(math.inf, math.nan), math.hypot(1e300, 1e300))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)))
for f in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum(["a"]),
          lambda: math.sumprod([1], [1, 2]), lambda: math.dist((1, 2), (1,)), lambda: math.prod(5)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
