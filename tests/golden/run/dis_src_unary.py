# unary operators: not, -, ~
import dis
for src in ["x = not a\n", "x = -a\n", "x = ~a\n"]:
    print("---", repr(src))
    dis.dis(src)
