# format() of floats: f F e E g G % n and no type, precision, '#', 'z', inf/nan, rounding.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 1.5e300, 0.5, 2.5, 12.5, 13.5,
        123456789.0, 0.000123456, float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 5e-324]
specs = ["", "f", ".2f", ".0f", "#.0f", "F", "e", ".3e", "E", "#.0e", "g", ".3g", "#g", "G", ".10g", "%",
         ".1%", "n", ".3", ".1", "10.2f", "<10.2f", "^12.3e", "+.2f", " .2f", "z.1f", "010.3f", ",.2f",
         "_.1f", ",", "015,.2f", "*=+12.3f", ".0%", ".20f", ".17g"]
for v in vals:
    print(repr(v))
    print("   ", [format(v, s) for s in specs])
print(format(10, "f"), format(10, ".2e"), format(10, "%"), format(2**60, "g"), format(True, ".1f"))
print(f"{3.14159:.{3}f}", f"{2.675:.2f}", f"{1.005:.2f}", f"{0.1 + 0.2}", f"{1/3:.30f}")
for v, s in [(1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "s"), (1.5, ",n"), (1.5, "=s"), (2**1030, "f"), (1.5, ".f")]:
    try:
        print(v, s, format(v, s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
