# stack_effect for instructions whose effect Taipan and CPython share
import dis
cases = [("POP_TOP", None), ("PUSH_NULL", None), ("LOAD_CONST", 0), ("LOAD_NAME", 0), ("STORE_NAME", 0), ("BINARY_OP", 0),
         ("BUILD_LIST", 3), ("BUILD_TUPLE", 0), ("BUILD_MAP", 2), ("CALL", 2),
         ("COPY", 1), ("SWAP", 2), ("UNPACK_SEQUENCE", 3), ("IS_OP", 0),
         ("STORE_SUBSCR", None), ("NOP", None), ("GET_ITER", None),
         ("POP_JUMP_IF_FALSE", 4), ("JUMP_FORWARD", 3), ("LOAD_SMALL_INT", 5),
         ("BUILD_STRING", 4), ("LIST_APPEND", 1), ("IMPORT_NAME", 0)]
for name, arg in cases:
    op = dis.opmap[name]
    if arg is None:
        print(name, dis.stack_effect(op))
    else:
        print(name, arg, dis.stack_effect(op, arg), dis.stack_effect(op, arg, jump=True),
              dis.stack_effect(op, arg, jump=False))
