# compile() of bytes sources: a coding cookie, a BOM, and errors located
# in the decoded text.
srcs = [
    b"x = (1,\n",
    b"# -*- coding: latin-1 -*-\nx = '\xe9' +\n",
    b"\xef\xbb\xbfy = ]\n",
    b"z = 'abc\n",
    b"# coding: utf-8\nif x:\n",
]
for src in srcs:
    try:
        compile(src, "<bytes>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
