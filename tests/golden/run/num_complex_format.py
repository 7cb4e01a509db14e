# format() and f-strings of complex numbers
zs = [1.5 - 2j, 3j, -0j, complex(-0.0, 1), 1e20 + 1e-5j, complex(float("inf"), float("nan")), 2 + 0j]
for spec in ["", ".2f", ">20", "<20", "^20.1e", "g", ".3g", "+", "+.1f", " ", "10", "F", "E", ".0f", "#g", ",.2f"]:
    print(repr(spec), [format(z, spec) for z in zs])
print(f"{1 + 2j}|{1 + 2j:*^16}|{-1.25j:.1f}|{3 - 4j!s:>10}")
for spec in ["=10", "010", "d", "s", "%", "x"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), e)
