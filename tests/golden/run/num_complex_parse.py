# complex(str) and complex(real, imag)
for s in ["1+2j", " (1+2j) ", "-1.5e3-2.5e-3j", "j", "-j", "+J", "1+j", "1-j", "3", "3j", "inf+nanj",
          "-infj", "1_000+2_0j", "(3)", "1e5j", "  2.5  ", "1+2j ", "( 1 )",
          "", "1+", "1+2", "j1", "1 + 2j", "(1+2j", "1+2j)", "1+2jj", "x", "1e", "1..2j", "()"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(complex(), complex(2), complex(2.5, -1), complex(1, 2), complex(True, False), complex(10**20))
print(complex(real=1, imag=2), complex(imag=3), complex(1 + 2j), complex(-0.0, -0.0))
for args in [([],), (None,), (b"1",), ("1", 2), (1, "2"), (1, []), (1, 2, 3)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(10**400)
except OverflowError as e:
    print(e)
