# dis.Formatter: line, label and offset columns, the current-instruction mark
import dis, sys
f = dis.Formatter(file=sys.stdout, lineno_width=3, offset_width=4, label_width=5)
a = dis.Instruction.make("RESUME", 0, 0, "", 0, 0, True, 1)
b = dis.Instruction.make("LOAD_NAME", 0, "x", "x", 2, 2, True, 2, label=1)
c = dis.Instruction.make("STORE_NAME", 1, "y", "y", 4, 4, False, 2)
d = dis.Instruction.make("RETURN_VALUE", None, None, "", 6, 6, True, None)
for ins in (a, b, c, d):
    f.print_instruction(ins)
f.print_instruction(c, True)
g = dis.Formatter(file=sys.stdout, lineno_width=14, label_width=6, show_positions=True)
g.print_instruction(dis.Instruction.make("LOAD_NAME", 0, "x", "x", 0, 0, True, 1,
                                         positions=dis.Positions(1, 1, 4, 5)))
g.print_instruction(dis.Instruction.make("NOP", None, None, "", 2, 2, True, 1,
                                         positions=dis.Positions(None, None, None, None)))
g.print_instruction(dis.Instruction.make("NOP", None, None, "", 4, 4, True, 1,
                                         positions=dis.Positions(3, None, 2, None)))
h = dis.Formatter(file=sys.stdout)
h.print_instruction(c, True)
