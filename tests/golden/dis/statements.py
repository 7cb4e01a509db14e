# module-level statements compiled from source strings (Taipan snapshot)
import dis

dis.dis("""
import os.path
from math import sqrt as root
with open(name) as f:
    data = f.read()
while n > 0:
    n -= 1
    if n == 5:
        break
else:
    print('no break')
match point:
    case (0, y):
        where = y
    case _:
        where = None
assert x, 'message'
squares = [i * i for i in range(10)]
lookup = {k: v for k, v in pairs}
""")
print("=== get_instructions")
for ins in dis.get_instructions("a = b if c else d\n"):
    print(ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.label, ins.line_number)
print("=== findlinestarts")
print(list(dis.findlinestarts(dis.Bytecode("a = 1\nb = 2\n\nc = 3\n").codeobj)))
print("=== show_caches")
dis.dis("x = a.b + g\n", show_caches=True)
