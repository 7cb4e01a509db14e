# float repr/str: shortest round-trip, exponent switch points
vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, -0.0, 0.0,
        1.0, 2.5, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 1 / 3, 2 / 3, 100.0,
        1234567890123456.0, 12345678901234567.0, 0.1, 9.999999999999999e15, 1e300 * 10]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print([1.5, -0.0, 1e100], (2.0,), {0.5: 1e-7})
print(f"{0.1 + 0.2}", f"{1e16!r}", str(-1e-10))
