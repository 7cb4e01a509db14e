# eval() and compile(..., 'eval'): no newline is appended, so an error at
# the end of a last line without one has offset 0.
cases = [
    "1 +", "1 +\n", "(1, 2", "(1, 2\n", "'abc", '"""abc', "f(", "f(\n",
    "if x:", "x = )", "a b", "1 + $", "x = 0b2", "x = {1: 2", "for", "lambda",
    "f'{x", "@dec", "class", "print('hi'", "  x = 1", "else", "[x for x in",
    "1 = 2", "x = 1 if y", "yield = 3", "  \n", "del 1",
]
for c in cases:
    try:
        eval(c)
        print(repr(c), "evaluates")
    except SyntaxError as e:
        print(repr(c), type(e).__name__, e.args)
    except NameError as e:
        print(repr(c), "NameError", e)
