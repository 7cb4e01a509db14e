def main():
    f = 1
    for i in range(2, 30000):
        f *= i
    a, b = 0, 1
    for i in range(60000):
        a, b = b, a + b
    p = 3 ** 5000
    q = 0
    for i in range(60000):
        q += p // (i + 7) - p % (i + 11)
    return f % 1000000007, a % 1000000007, q % 998244353, f.bit_length()


print(main())
