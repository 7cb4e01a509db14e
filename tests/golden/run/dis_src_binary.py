# binary operators: BINARY_OP's argument repr, augmented assignment
import dis
for src in ["x = y + z\n", "x = a @ b\n", "x = a ** b\n", "a += b\n"]:
    print("---", repr(src))
    dis.dis(src)
