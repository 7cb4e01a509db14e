# inf, nan and signed zero arithmetic
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan is nan, [nan] == [nan], nan in [nan], max(1, nan), max(nan, 1))
print(0.0 == -0.0, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, abs(-0.0), str(-0.0))
print(inf % 3 if False else 3 % inf, -3 % inf, 3 // inf, -3 // inf, 3.0 % -inf)
print(divmod(inf, 1) if False else divmod(5.0, inf), divmod(-5.0, inf))
try:
    print(inf % 3)
except Exception as e:
    print(type(e).__name__)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(float("-0"), float("+0.0"), -float("0"))
