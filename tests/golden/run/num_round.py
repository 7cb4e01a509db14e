# round(): half to even, correctly rounded decimal digits
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e16, -0.4]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
print(round(2.675, 2), round(1.005, 2), round(0.285, 2), round(1.0005, 3))
print(round(123456.789, -2), round(1.5e300, -300), round(-1234.5, -1), round(5e-324, 400))
print(round(1234.5678, 10), round(1.2345678e-5, 7), round(0.1, 400), round(0.1, -400))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(5, -1), round(2**70 + 5, -1))
print(round(7, 3), round(-7), round(True), round(10**30, -29), round(123, -5))
print(round(2.5, None), round(number=3.14159, ndigits=3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__)
for f in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.0),
          lambda: round(1j), lambda: round("x"), lambda: round(), lambda: round(1e308, -308)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
