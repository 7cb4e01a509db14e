# big values stay fast and bounded: factorials, powers, conversions near the digit limit
import math
print(math.factorial(5000).bit_length(), (3 ** 100000).bit_length(), len(str(10 ** 4299)))
print(int("7" * 4300) % 1000, math.comb(4000, 2000).bit_length(), pow(3, 10**18, 10**9 + 7))
print(math.isqrt(10 ** 2000) == 10 ** 1000, (2 ** 100000 - 1).bit_count(), (-(2 ** 70)).bit_length())
print(1 << 0, 5 >> 10**30, -5 >> 10**30, 0 << 10**30, (1 << 100000).bit_length())
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7, divmod(-(10 ** 50), 10 ** 25 + 7))
print(float(2 ** 1023), 2 ** 1023 / 2 ** 1000, (2 ** 2000 + 1) / 2 ** 1990, 10 ** 300 * 1.0)
