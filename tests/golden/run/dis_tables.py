# the opcode tables: opmap, opname, has* lists for instructions both share
import dis
names = ["CACHE", "POP_TOP", "PUSH_NULL", "RETURN_VALUE", "BINARY_OP", "BUILD_LIST",
         "CALL", "COMPARE_OP", "EXTENDED_ARG", "FOR_ITER", "JUMP_BACKWARD",
         "JUMP_FORWARD", "LOAD_ATTR", "LOAD_CONST", "LOAD_DEREF", "LOAD_FAST",
         "LOAD_GLOBAL", "LOAD_NAME", "LOAD_SMALL_INT", "MAKE_CELL", "POP_JUMP_IF_FALSE",
         "RESUME", "STORE_DEREF", "STORE_FAST", "STORE_NAME", "YIELD_VALUE", "SEND"]
for name in names:
    op = dis.opmap[name]
    print(name, op, dis.opname[op], op in dis.hasarg, op in dis.hasconst,
          op in dis.hasname, op in dis.hasjump, op in dis.hasjrel, op in dis.hasjabs,
          op in dis.haslocal, op in dis.hasfree, op in dis.hascompare, op in dis.hasexc)
print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.hascompare, dis.hasjabs)
print(dis.cmp_op)
print(dis.opname[121], dis.opname[0])
print(type(dis.opname).__name__, type(dis.opmap).__name__)
