s = "a" r"\b" u"c" 'd' """e"""
b = b"a" rb"\b" B'c' Rb"""d"""
f = "x" rf"\{y}" F"{z!r}" 'w'
