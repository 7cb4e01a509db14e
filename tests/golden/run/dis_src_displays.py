# list, tuple, dict and set displays
import dis
for src in ["x = [a, b]\n", "x = (a, b)\n", "x = {a: b}\n", "x = {a, b}\n"]:
    print("---", repr(src))
    dis.dis(src)
