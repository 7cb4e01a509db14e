# three-argument pow, modular inverses and errors
print(pow(3, 4, 5), pow(3, 200, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(5, -1, 1), pow(2, -1, -7))
print(pow(2, 10**20, 10**9 + 7))
print(pow(12345678901234567890, 98765432109876543210, 10**30 + 57))
print(pow(2, 3, mod=5), pow(7, 0, 1))
for args in [(2, -1, 4), (0, -1, 7), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(6, -1, 4))
