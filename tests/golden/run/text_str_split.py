# split/rsplit with sep=None rules and maxsplit, splitlines with every line boundary.
texts = ["  a  b   c  ", "a,b,,c,", "", "   ", "one", "a\tb\nc\x0bd\x0ce\x1cf\u2003g\u3000h", "a::b::c", ",a,"]
for t in texts:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0))
    print("   ", t.split(","), t.rsplit(",", 1), t.split("::"), t.rsplit("::", 1), t.split(",", -1))
    print("   ", t.split(sep=",", maxsplit=2), t.rsplit(",", maxsplit=0))
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines(), "x\n".splitlines(True))
print("a b  c".split(" "), " a b ".rsplit(" ", 1))
for call in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1),
             lambda: "a".split(",", "x"), lambda: "a".split(",", 1, 2), lambda: "a".split(x=1),
             lambda: "a".split(",", maxsplit=1.5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
