# dis.dis on module-level source strings: assignments of names and constants
import dis
for src in ["x = y\n", "x = 'a'\n", "x = None\n", "x = True\n", "x = 300\n"]:
    print("---", repr(src))
    dis.dis(src)
