# comparisons with nan and across types
nan = float("nan")
for op in ["<", "<=", ">", ">=", "==", "!="]:
    print(op, [eval("nan " + op + " x", {"nan": nan, "x": x}) if False else
               {"<": nan < x, "<=": nan <= x, ">": nan > x, ">=": nan >= x, "==": nan == x, "!=": nan != x}[op]
               for x in (1, 1.0, nan, 10**400)])
print(sorted([3.0, 1, 2.5]), 1 < 2.0 < 3 < 3.5, -1 < -0.5 <= 0 == -0.0)
for f in [lambda: nan < "a", lambda: 1 < "1", lambda: 1.5 >= None, lambda: 1j > 0]:
    try:
        print(f())
    except TypeError as e:
        print(e)
