# abs() and divmod() across types
print(abs(-5), abs(5), abs(-2**100), abs(-0.0), abs(-1.5), abs(float("-inf")), abs(-9223372036854775808))
print(abs(3 + 4j), abs(-True), type(abs(True)).__name__)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(2**100, 3**30))
print(divmod(0.0, -1.0), divmod(-0.0, 1.0), divmod(1e-300, 1e300), divmod(float("inf"), 1.0))
for f in [lambda: abs("x"), lambda: abs(), lambda: abs(1, 2), lambda: divmod(1), lambda: divmod("a", 1),
          lambda: divmod(1j, 1j), lambda: divmod(1, 0.0)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
