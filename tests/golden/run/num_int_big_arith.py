# big int arithmetic crossing the 64-bit boundary
a = 9223372036854775807
print(a + 1, a * 2, -a - 2, a * a, (a + 1) - 1 == a, type(a + 1 - 1).__name__)
print(-9223372036854775808 - 1, abs(-9223372036854775808), -(-9223372036854775808))
f = 1
for i in range(1, 31):
    f *= i
print(f, f // 10**20, f % 10**20, -f // 7, -f % 7)
print(2**100 + 2**100, 2**100 - 2**100, (2**100) * (-(2**100)), 10**50 // 10**49)
print(sum(range(10**6)), sum([2**62] * 10))
x = 2**64
x -= 2**64 - 5
print(x, type(x).__name__, x == 5, hash(x) == hash(5))
print(str(-2**200), repr(3**100), (-7) ** 3, 10 ** 20 == 100000000000000000000)
