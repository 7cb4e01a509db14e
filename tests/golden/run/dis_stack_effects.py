# dis.stack_effect of branch instructions and the new opcodes
import dis

for name, arg in [("FOR_ITER", 1), ("POP_JUMP_IF_FALSE", 1), ("POP_JUMP_IF_NONE", 1),
                  ("JUMP_FORWARD", 1), ("JUMP_BACKWARD", 1), ("LOAD_SPECIAL", 1),
                  ("LOAD_FAST_LOAD_FAST", 1), ("STORE_FAST_STORE_FAST", 1),
                  ("STORE_FAST_LOAD_FAST", 1), ("LOAD_FAST_BORROW", 0),
                  ("NOT_TAKEN", None), ("END_FOR", None), ("POP_ITER", None),
                  ("WITH_EXCEPT_START", None), ("TO_BOOL", None)]:
    op = dis.opmap[name]
    print(name, dis.stack_effect(op, arg), dis.stack_effect(op, arg, jump=True),
          dis.stack_effect(op, arg, jump=False))
