# unpacking assignments and del
import dis
for src in ["a, b = c\n", "a, *b = c\n", "del x\n"]:
    print("---", repr(src))
    dis.dis(src)
