# dis.Bytecode: iteration, dis() as a string, first_line
import dis
bc = dis.Bytecode("x = y\nz = x\n")
print([ins.opname for ins in bc])
print([ins.argrepr for ins in bc])
print(bc.first_line, bc.current_offset)
text = bc.dis()
print(type(text).__name__, len(text.splitlines()))
print(text, end="")
bc2 = dis.Bytecode("x = y\n", first_line=10)
print(bc2.first_line)
print([(i.opname, i.line_number) for i in bc2])
print(bc2.dis(), end="")
