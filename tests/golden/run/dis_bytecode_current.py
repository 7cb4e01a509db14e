# dis.Bytecode(current_offset=...) marks the instruction with -->
import dis
print(dis.Bytecode("x = y\nz = x\n", current_offset=4).dis(), end="")
print(dis.Bytecode("x = y\n", current_offset=0).dis(), end="")
print(dis.Bytecode("x = y\n", current_offset=100).dis(), end="")
