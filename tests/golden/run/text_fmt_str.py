# format() of strings and other objects: fill, align, precision, and the errors.
for s in ["", "abc", "héllo", "日本"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "8.3", "-^9.1s", "05", "0>4", "x<3"]])
print(format([1, 2]), format(None), format((1,)), format({"a": 1}, ""), format("z"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'trunc':.3}|{'fill':~^12}|")
for v, spec in [("a", "d"), ("a", "+"), ("a", "#"), ("a", "="), ("a", ","), ("a", "_"), ("a", "z"), ([1], "d"), (None, ">4"), (int, "x")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
class Q:
    def __str__(self):
        return "Q!"
class Bad:
    def __format__(self, spec):
        return 42
print(format(P(), "xyz"), f"{P():abc} {Q()!s:>3}", format(Q()), f"{Q()}", "{0:x<5}".format(P()))
try:
    format(Q(), "5")
except TypeError as e:
    print(e)
try:
    format(Bad(), "")
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
