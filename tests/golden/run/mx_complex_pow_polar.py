# Complex powers: small integer exponents multiply, others go through the
# polar form (hypot, atan2, pow, cos, sin) and round as the reference does.
vals = [1 + 1j, 2 - 1j, -3 + 0.5j, 0.5 + 0.25j, 1j, -1, 1e-3 + 2j]
exps = [2, 3, 100, 101, 150.5, -1, -101, 0.5, 1e-3, 2.0, -2.5]
for v in vals:
    for e in exps:
        try:
            print(v, e, v ** e)
        except (OverflowError, ZeroDivisionError) as err:
            print(v, e, type(err).__name__, err)
print(pow(1 + 2j, 3), pow(2j, 0.5), (0j) ** 0, (0j) ** 2)
try:
    (0j) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1e200 + 1e200j) ** 5.5
except OverflowError as e:
    print("OverflowError:", e)
