# float() parsing
tests = ["1.5", "  -2.25  ", "1e5", "1E-5", ".5", "5.", "+.5e+2", "1_000.000_1", "inf", "-Infinity",
         "nAn", "-nan", "+inf", "1e500", "-1e500", "1e-500", "0x10", "1__0", "_1", "1_", "1.5e",
         "", " ", "e5", ".", "in f", "infinit", "1.2.3", "1e5.5", "--1", "+-1"]
for s in tests:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(b"2.5"), float(7), float(True), float(2**100), float(-0.0))
for v in [b"x", [1], None, 1j]:
    try:
        float(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
float("abc")
