a = r"\n\t\\"
b = r'\''
c = r"\""
d = rb"\x00\N{SNAKE}"
e = R"""\
continued"""
f = r"a\
b"
