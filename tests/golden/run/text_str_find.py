# find/rfind/index/rindex/count/startswith/endswith with start/end, negative and huge bounds.
s = "hello world, hello universe"
for sub in ["hello", "o", "", "xyz", "universe", "h"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    for a, b in [(1, None), (-5, None), (0, 5), (3, -3), (100, None), (-100, 3), (5, 2), (27, None), (28, None)]:
        print("  ", a, b, s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
              s.startswith(sub, a, b), s.endswith(sub, a, b))
print("ümlaut über".find("über"), "ümlaut über".rfind("ü"), "ümlaut über".count("ü", 1))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "abc".count("", 5), "abc".find("", 3), "abc".find("", 4))
print(s.startswith(("x", "hel")), s.endswith(("verse", "y")), s.startswith(()), s.endswith("", 27))
print(s.index("world"), s.rindex("hello"), s.find("o", None, None), s.find("o", True))
print(s.find("hello", 2**70), s.find("hello", -2**70))
for call in [lambda: s.index("nope"), lambda: s.rindex("nope"), lambda: s.find(1),
             lambda: s.count(None), lambda: s.find(), lambda: s.find("a", "b"),
             lambda: s.startswith(1), lambda: s.startswith(("a", 1)), lambda: s.endswith([]),
             lambda: s.find("a", 1, 2, 3), lambda: s.find("a", start=1), lambda: s.count()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
