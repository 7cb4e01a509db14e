# compile(..., 'single'): the interactive mode's offsets.
cases = [
    "1 +", "1 +\n", "(1, 2", "'abc", "if x:", "if x:\n", "x = )", "a b",
    "x = {1: 2", "for", "lambda", "f'{x", "@dec", "@dec\n", "print('hi'",
    "  x = 1", "x = 1 if y", "yield = 3", "1 = 2", "del 1", "try:\n  pass\n",
    "match x:\n", "if 1:\n    pass\n  pass\n",
]
for c in cases:
    try:
        compile(c, "<string>", "single")
        print(repr(c), "compiles")
    except SyntaxError as e:
        print(repr(c), type(e).__name__, e.args)
