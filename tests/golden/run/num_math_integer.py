# gcd, lcm, isqrt, factorial, comb, perm
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(2, 3, 4, 5), math.lcm(True, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(True))
print(len(str(math.factorial(1000))), math.factorial(100) % 10**30)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(10**10, 2))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, None))
for f in [lambda: math.gcd(1.5), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.factorial(-1),
          lambda: math.factorial(5.0), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(5, -2),
          lambda: math.perm(-5), lambda: math.comb(5, "2")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
