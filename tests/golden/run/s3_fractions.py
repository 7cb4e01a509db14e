from fractions import Fraction as F
import math

print(F(3, 4), F(-6, 8), F(6, -8), F(0, 5), F(7), F(), repr(F(1, 3)))
print(F("3/4"), F(" -1_0.5e-1 "), F("1.25"), F("2e3"), F(".5"), F("5."), F("-7"), F("1E-2"))
print(F(0.5), F(0.1), F(1.5, 1) if False else F(F(1, 2), F(3, 4)), F(True))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, 1 - F(1, 2), F(2, 3) * 3, F(2, 3) / F(4, 9), 3 / F(2))
print(F(1, 2) + 0.25, 0.25 + F(1, 2), F(1, 2) * 1j, F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(1, 3) == 1 / 3)
print(F(1, 3) < F(1, 2), F(1, 2) <= 0.5, F(3) > 2, F(1, 2) >= 1, F(1, 2) < math.inf, F(1, 2) == math.nan)
print(F(1, 3) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2), F(1, 2) ** -2, F(-1, 2) ** -1, F(2) ** F(3), 4 ** F(2))
print(round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), round(F(-5, 2)))
print(divmod(F(7, 2), F(1, 3)), F(7, 2) % 1, F(7, 2) // F(1, 3), F(-7, 2) // 1, 7 % F(2, 3), divmod(7, F(2, 3)))
print(F(0.1).limit_denominator(100), F(3.14159).limit_denominator(10), F(math.pi).limit_denominator(1000), F(1, 3).limit_denominator(5))
print(F(3, 1).is_integer(), F(6, 4).as_integer_ratio(), F.from_number(2.5), F.from_float(0.75), F.from_float(3))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), bool(F(0)), abs(F(-2, 3)), -F(2, 3), +F(2, 3))
print(F(1, 2).numerator, F(1, 2).denominator, F(5) + True, sum([F(1, n) for n in range(1, 8)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): "half"}[0.5], sorted([F(1, 2), 0.3, 1, F(-1, 3)]))
print(format(F(1, 3), ".5f"), format(F(-7, 3), ">10"), format(F(1, 3), "_^12"), format(F(5), "#"), format(F(2, 3), ".3e"))
print(format(F(2, 3), "%"), format(F(2, 3), "g"), format(F(12345678, 7), ",.2f"), format(F(-1, 3), "+.2f"), format(F(1, 8), ".2f"))
print(format(F(3, 8), ".2f"), format(F(1, 10**7), "g"), format(F(10**7), ".3g"), format(F(1, 2), "010.3f"), f"{F(22, 7):8.4f}|{F(22, 7):<8}|")
for bad in ["abc", "1/", "/2", "1.2.3", "1__0", "", "1/-2", "1e", "inf"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [([],), (1.5, 2), (1, 0), ("1/0",)]:
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for x in [float("nan"), float("inf")]:
    try:
        F(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    F(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(1, 2) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    format(F(1, 2), "d")
except ValueError as e:
    print("ValueError:", e)
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
