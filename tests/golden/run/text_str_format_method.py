# str.format: auto/manual numbering, names, attributes, indexes, conversions, nested specs, braces.
class Pt:
    def __init__(self):
        self.x, self.y = 3, [10, 20]
    def __repr__(self):
        return "Pt()"
p = Pt()
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format(*"ab"))
print("{name} is {age}".format(name="Ann", age=30), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0.x} {0.y[1]} {p.y[0]}".format(p, p=p), "{0[0]}{0[2]}".format("abc"), "{d[key]} {d[1]}".format(d={"key": "v", "1": "s"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{:>{}}".format("w", 5))
print("{:{fill}{align}{width}}".format("c", fill="*", align="^", width=9), "{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{{}} {{{}}} }}{{".format(7), "{}".format("{}"), "{:%}".format(0.25), "{:,}".format(10**9))
print("{0}{0}{0}".format("ab"), "{} {}".format(*range(2)), "{0:b}".format(10), "{x:>{w}}".format(x=1, w=4))
print("{0[-1]}".format({"-1": "neg"}), "{.real}".format(5), "{0.__class__}".format(1))
print("{a}".format_map({"a": "m"}), "{a[0]}".format_map({"a": [9]}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Default(known=1)))
tests = ["{", "}", "{0", "a}b", "{}{0}", "{0}{}", "{1}", "{x}", "{!}", "{!rr}", "{!x}", "{:{:{}}}", "{0[0}", "{0.}",
         "{0[0]x}", "{a.b}", "{:d}", "{0[-1]}", "{}", "{0:=^}"]
for t in tests:
    try:
        print(repr(t), t.format(*([["v"]] if "[" in t else ["v"])))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(t), type(e).__name__, e)
for call in [lambda: "{}".format_map({}), lambda: "{a}".format_map(1), lambda: "x".format_map(), lambda: "{0}".format_map([1])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
