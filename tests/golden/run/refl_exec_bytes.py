# exec/eval/compile of bytes: UTF-8 by default, or the coding cookie
exec(b"print('bytes source', 1 + 1)")
print(eval(b"'\xc3\xa9t\xc3\xa9'"))
src = "# -*- coding: latin-1 -*-\nprint('caf\xe9')\n".encode("latin-1")
exec(src)
exec(bytearray(b"print('from bytearray')"))
code = compile(b"value = 7", "<bytes>", "exec")
ns = {}
exec(code, ns)
print(ns["value"])
try:
    exec(b"print('\xff')")
except SyntaxError as e:
    print("SyntaxError:", type(e).__name__)
