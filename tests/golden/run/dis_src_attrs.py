# attributes and subscripts: loads, stores, method calls
import dis
for src in ["x = y.attr\n", "a.b = c\n", "a[b] = c\n", "x = a[b]\n", "x = a.b(c)\n"]:
    print("---", repr(src))
    dis.dis(src)
