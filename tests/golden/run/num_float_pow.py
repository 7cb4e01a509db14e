# ** on floats: special values and errors
vals = [(2.0, 10), (2.0, -1), (-2.0, 3), (-2.0, -3), (0.0, 0), (0.0, 3), (-0.0, 3), (-0.0, 2),
        (1.0, float("nan")), (float("nan"), 0), (float("inf"), -1), (float("-inf"), 3),
        (float("-inf"), 2), (-1.0, float("inf")), (0.5, float("inf")), (2.0, float("-inf")),
        (-8.0, 1 / 3), (-1.0, 0.5), (10.0, 308), (1.5, 2.5)]
for a, b in vals:
    print(a, b, a ** b)
for a, b in [(10.0, 400), (0.0, -1), (-0.0, -1.5), (1e200, 2), (2, 2000.0)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, type(e.args[0]).__name__ if e.args else None)
print(pow(2.0, 0.5), pow(9, 0.5), 2 ** 0.5 * 2 ** 0.5)
