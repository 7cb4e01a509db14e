# the opcode table: numbers, names and argument kinds of 3.14's opcodes
import dis

names = ["NOT_TAKEN", "LOAD_FAST_BORROW", "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
         "LOAD_FAST_LOAD_FAST", "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST",
         "LOAD_SPECIAL", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "FOR_ITER",
         "END_FOR", "POP_ITER", "JUMP_BACKWARD", "TO_BOOL", "LOAD_COMMON_CONSTANT"]
for name in names:
    op = dis.opmap[name]
    print(name, op, dis.opname[op], op in dis.haslocal, op in dis.hasjump,
          op in dis.hasarg)
