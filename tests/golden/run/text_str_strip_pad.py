# strip family, removeprefix/suffix, ljust/rjust/center/zfill, expandtabs.
for t in ["  hi  ", "\t\n hi \x1c", "xxhixx", "", "hi"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("xh")), repr(t.strip(None)))
print("www.example.com".strip("cmowz."), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"))
print("prefix-body".removeprefix("prefix-"), "prefix-body".removeprefix("x"), "body.py".removesuffix(".py"), "a".removesuffix(""))
for w in [-1, 0, 3, 5, 6, 10, 11]:
    print(w, repr("abc".ljust(w)), repr("abc".rjust(w, "*")), repr("abc".center(w, "-")), repr("ab".center(w)), repr("-42".zfill(w)), repr("+7".zfill(w)), repr("x".zfill(w)))
print(repr("é".center(6, "ü")), repr("".center(3)), repr("abc".center(4)), repr("abcd".center(7)))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(2)), repr("\t".expandtabs(0)), repr("a\t".expandtabs(-1)), repr("x\ty".expandtabs(tabsize=3)))
for call in [lambda: "a".strip(1), lambda: "a".lstrip(None, 2), lambda: "a".center(), lambda: "a".center("x"),
             lambda: "a".center(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".zfill("3"), lambda: "a".removeprefix(1),
             lambda: "a".rjust(2**70), lambda: "a".expandtabs("x"), lambda: "a".removesuffix()]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
