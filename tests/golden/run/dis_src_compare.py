# identity and membership tests
import dis
for src in ["x = a is b\n", "x = a is not b\n", "x = a in b\n"]:
    print("---", repr(src))
    dis.dis(src)
