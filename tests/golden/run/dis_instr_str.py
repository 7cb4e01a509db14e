# str(Instruction): the Formatter's layout with no line or label columns
import dis
rows = [
    ("RESUME", 0, 0, ""),
    ("LOAD_CONST", 1, None, "None"),
    ("LOAD_NAME", 12, "x", "x"),
    ("POP_TOP", None, None, ""),
    ("BINARY_OP", 13, 13, "+="),
    ("CALL_INTRINSIC_1", 5, 5, "INTRINSIC_UNARY_POSITIVE"),
    ("LOAD_COMMON_CONSTANT", 1, 1, "NotImplementedError"),
    ("JUMP_BACKWARD_NO_INTERRUPT", 3, 0, "to L2"),
    ("EXTENDED_ARG", 1, 1, ""),
    ("LOAD_SMALL_INT", 123456, 123456, ""),
]
for name, arg, argval, argrepr in rows:
    ins = dis.Instruction.make(name, arg, argval, argrepr, 0, 0, False, None)
    print(repr(str(ins)))
    print(str(ins), end="")
