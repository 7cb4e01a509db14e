# 3.14: grouping of the fractional part ('.5_f'), with integer grouping and other types.
for v in [1234.56789, 0.000123456789, -98765.4321, 1e6, 12.3456789]:
    print([format(v, s) for s in [".3_f", ",.5_f", "_.7,f", ".6,", ".7_e", ".7_g", ".4_%", "20,.6_f", "<20_.4,f"]])
print(format(5, "._d"), format(5, "_d"), f"{3.14159265:.6_f}")
for s in [".", "._.", "._5f"]:
    try:
        print(format(1.5, s))
    except ValueError as e:
        print(repr(s), e)
