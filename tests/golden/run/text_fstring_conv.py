# f-strings: conversions, format specs with nested fields, '=', user __format__/__str__/__repr__.
x, w, p = 3.14159, 10, 3
name = "wörld"
print(f"{name!r} {name!s} {name!a} {name:>8} {name!r:^12}|")
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:+.2e}|{int(x):08b}|{255:#x}|{x=}|{x = :.2f}|{name=!a}")
print(f"{'nested ' + f'{1+1}'}", f"{[1, 'a']}", f"{ {'k': 'v'} }", f"{(1, 2)!r:>10}", f"{None}", f"{True:>6}")
class Obj:
    def __format__(self, spec):
        return "F[" + spec + "]"
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
o = Obj()
print(f"{o}", f"{o!s}", f"{o!r}", f"{o!a}", f"{o:spec}", f"{o!s:>3}", f"{o!r:*<4}", "{} {!r}".format(o, o))
print(f"{'é'!a:>8}", f"{'\u00e9'}", f"{10:,}", f"{1234.5:_.1f}", f"{-0.0:z.1f}", f"{0.5:.0%}")
try:
    print(f"{x:d}")
except ValueError as e:
    print(e)
try:
    print(f"{'s':x}")
except ValueError as e:
    print(e)
