import string
from string import Template

t = Template("$who likes $what; $$5 ${who}s")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = Template("cost: $100 and\n more $")
print(bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute())
print(Template("${a}b $a_b $ab").safe_substitute(a=1, ab=3))


class Percent(Template):
    delimiter = "%"


print(Percent("%x + %{y} = %%").substitute(x=1, y=2))


class Upper(Template):
    idpattern = "[A-Z]+"
    flags = 0


print(Upper("$ABC $abc").safe_substitute(ABC="up", abc="low"))
print(Template("$x").template)
print(string.capwords("hello  world  foo"), string.capwords("a_b_c", "_"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3))
print(f.format("{a.real} {b[1]} {c!r}", a=3, b=[7, 8], c="s"))
print(f.format("{} {} {:{w}}|", "x", "y", "z", w=4))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))


class Upcase(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upcase().format("hi {} and {name}", "there", name="you"))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError", e)
