# complex powers: integer exponents by repeated squaring, general ones by polar form
for base in [1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j]:
    print(base, [base ** n for n in (0, 1, 2, 3, -1, -2)])
print((1 + 1j) ** 100, (1 + 1j) ** 0.5, (1 + 1j) ** (1 + 1j), 2j ** 2.5)
print(1j ** 1e10 if False else 0j ** 0, 0j ** 2, 0j ** 0.5, (-8) ** (1 / 3), pow(1j, 2))
print(2 ** 1j, 1.5 ** (2 - 1j), (-1) ** 0.25, (-2.0) ** 1.5)
for f in [lambda: 0j ** -2, lambda: 0j ** (1 + 1j), lambda: (1e200 + 1e200j) ** 3, lambda: 1e300j ** 1.5]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
