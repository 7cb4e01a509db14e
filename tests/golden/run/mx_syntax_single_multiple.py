# compile(..., 'single') of more than one statement: CPython points at the
# first statement's newline.
for src in ["x = 1\ny = 2\n", "x = 1\n  y = 2\n", "pass\npass",
            "a = [1,\n 2]\nb = 3\n", "x = 1; y = 2\n", "x = 1\n\n\n"]:
    try:
        compile(src, "<input>", "single")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), e.args)
