print(int("42"), int(3.9), int(-3.9), int(True), float("1.5"), float(2), str(1.0), str(None))
print(int(" 7 "), float("inf"), float("-inf"), 1e300 * 1e10, bool(0), bool("x"), bool([]))
print(repr(1.0), repr(0.1), repr(1/3), repr(1e22), repr(123456789012345678.0))
print(type(1), type(1.5), type("s"), type([]), type(None))
