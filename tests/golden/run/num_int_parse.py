# int() parsing: underscores, whitespace, signs, bases
tests = ["0", "-0", "+17", "  42  ", "\t-7\n", "1_000_000", "0_0", "00", "007",
         "1__0", "_1", "1_", "", " ", "+", "-", "12a", "1.5", "0x10", "1e5"]
for s in tests:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0x_ff", 16), ("777", 8), ("0o777", 8),
             ("0b1010", 2), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0x", 16), ("9", 8)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError:", e)
for s in ["0x1F", "0o17", "0b101", "0B11", "0O7", "0X_a", "10", "010", "0_10", "0", "00_0", " -0x10 "]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int(b"  12 "), int(b"ff", 16), int("1" * 50))
print(int(base=16, x="ff") if False else int("ff", base=16))
