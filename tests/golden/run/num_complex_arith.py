# complex arithmetic, mixing ints and floats (3.14's mixed-mode rules)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, abs(a))
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2 ** a)
print(True + 1j, 1j * True, 10**20 + 1j)
print(complex(1, -0.0) + 0.0, complex(-0.0, -0.0) - 0.0, 0.0 - complex(0.0, 0.0))
print(complex(float("inf"), 1) * 2, 2 * complex(float("inf"), float("nan")))
print(1j ** 2, (1 + 1j) ** 8, (1 + 1j) ** -8, 1j ** 1j, (-1) ** 0.5)
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1e-320 + 0j))
print(abs(-3j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
z = 1 + 1j
z += 1
z *= 2j
print(z)
for f in [lambda: (1 + 1j) // 1, lambda: (1 + 1j) % 2, lambda: divmod(1j, 1), lambda: 1j & 1,
          lambda: abs(complex(1e308, 1e308)), lambda: complex(1e200, 1e200) ** 2, lambda: 1j + "a"]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
