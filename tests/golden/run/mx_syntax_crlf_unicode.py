# SyntaxError locations for CRLF sources and lines with non-ASCII text:
# columns count characters, the quoted line ends with a plain newline.
cases = [
    "x = 1\r\ny = (2,\r\n",
    "a = 1\r\nb = )\r\n",
    "s = 'é€😀' + $\n",
    "naïve = [1,\n",
    "π = 3.14 +\n",
    "if ok:\r\n  pass\r\n pass\r\n",
    "t = 'ünterminated\n",
    "x = ('é',\n 'ü'\n",
]
for c in cases:
    for mode in ("exec", "eval"):
        try:
            compile(c, "<src>", mode)
            print(mode, repr(c), "compiles")
        except SyntaxError as e:
            print(mode, repr(c), type(e).__name__, e.args)
