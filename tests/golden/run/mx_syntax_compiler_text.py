# Errors the compiler (not the parser) raises for a string source quote no
# text: CPython looks the line up in a file named '<string>'.
for src in ["return 1", "break", "continue", "await x", "f(**x, *y)",
            "def f():\n    yield from 1\n    return\n"]:
    for mode in ("exec", "single"):
        try:
            compile(src, "<string>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
