# constants of several types, as LOAD_CONST shows their reprs
import dis
for src in ["x = 1.5\n", "x = 2j\n", "x = b'xy'\n", "x = 'a' 'b'\n"]:
    print("---", repr(src))
    dis.dis(src)
