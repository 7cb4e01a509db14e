# bool arithmetic and repr
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 10, -True, +True)
print(repr(True), str(False), True == 1, False == 0, True is True, True + 0.5, True * 1j)
print(type(True + True).__name__, type(-True).__name__, type(+False).__name__, abs(True), abs(False))
print(True > False, sum([True, True, False]), int(True), float(True), complex(True))
print(divmod(True, True), round(True), pow(True, 5), hash(True), True.bit_length(), True.real)
print(bool(0.0), bool(-0.0), bool(1e-320), bool(float("nan")), bool(0), bool(10**100))
print(True << 2, True >> 1, [0, 1][True], "ab"[False])
try:
    True / False
except ZeroDivisionError as e:
    print(e)
