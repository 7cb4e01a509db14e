# compile(..., 'exec'): the string gets a trailing newline, so 'text'
# ends with one unless the tokenizer raised the error itself.
cases = [
    "1 +", "1 +\n", "(1, 2", "(1, 2\n", "x = [1,\n2,", "'abc", "'abc\n",
    '"""abc', '"""abc\n\n', "f(", "if x:", "if x:\n", "if 1:\n  pass\n pass\n",
    "x = )", "x = 1)\n", "\tif 1:\n        pass\n", "a b", "1 + $", "x = 0b2",
    "x = 1_", "x = 09", "def f(:\n", "x = {1: 2", "for", "lambda",
    "x = 5 +\\", "x = \\\n", "f'{x'", "f'{x", "@dec", "@dec\n", "class",
    "x = (1 +\n  2 +\n", "print('hi'", "  x = 1", "x = 1\n  y = 2\n",
    "try:\n  pass\n", "else", "[x for x in", "1 = 2", "match x:\n",
    "for x in y:\npass\n", "if 1:\n\tpass\n        pass\n", "x = 1 \\ y",
    "s = '\u00e9\u00e9\n", "'\u00e9\u00e9' + $", "x = [\n1,\n2\n",
]
for c in cases:
    try:
        compile(c, "<string>", "exec")
        print(repr(c), "compiles")
    except SyntaxError as e:
        print(repr(c), type(e).__name__, e.args)
