# get_instructions and Bytecode on an expression
import dis
for ins in dis.get_instructions("f(x)"):
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.line_number, ins.starts_line)
bc = dis.Bytecode("a + b")
print([i.opname for i in bc])
print(bc.dis(), end="")
print(dis.code_info("a + b"))
