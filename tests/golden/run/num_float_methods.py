# float methods
for x in [0.5, -2.0, 3.0, 1e300, 0.1, -0.0, 5e-324, 1.5]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
print(float("inf").is_integer(), float("nan").is_integer())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio()]:
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.675).__round__(2))
print(type((2.0).__trunc__()).__name__)
