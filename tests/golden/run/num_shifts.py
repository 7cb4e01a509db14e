# shifts with small and big ints, negatives, errors
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, 1 << 200)
print(-1 << 63, -1 << 64, -5 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 1 >> 100)
print((2**100) >> 99, (-2**100) >> 99, (-2**100) >> 1000, (2**100) >> 1000)
print(0 << 10**20, 12345 >> 10**20, -12345 >> 10**20)
print(True << 3, 8 >> True)
x = 1
x <<= 100
x >>= 98
print(x)
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 2**100 << -5, lambda: 1 << 1.5, lambda: 1.5 >> 1]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
1 << -1
