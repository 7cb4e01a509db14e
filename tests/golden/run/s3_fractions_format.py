from fractions import Fraction as F

values = [F(1, 3), F(-2, 3), F(22, 7), F(1, 8), F(5, 2), F(7, 2), F(-5, 2), F(0), F(10 ** 20, 3), F(1, 10 ** 9), F(123456789, 1000)]
specs = ["", ">12", "<12", "^12", "*^15", "+", " ", "#", ".0f", ".1f", ".3f", ".10f", "+.2f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%",
         ",.2f", "_.3f", "012.4f", "=+12.3f", "z.1f", "#.0f", "#g", "#.3g"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
print(f"{F(3, 4):>10.3f}|{F(3, 4):<10}|{F(-3, 4):^+10}|")
print("{:.2f} and {!r} and {!s}".format(F(2, 3), F(2, 3), F(2, 3)))
for bad in ["d", "x", ".2s", "10.2n", "=10"]:
    try:
        print(format(F(1, 2), bad))
    except ValueError as e:
        print("ValueError", e)
