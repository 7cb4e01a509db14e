# get_instructions: every field of every Instruction
import dis
for src in ["x = y\n", "x = (a, b)\n", "x = -a\n"]:
    for ins in dis.get_instructions(src):
        print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr),
              ins.offset, ins.start_offset, ins.starts_line, ins.line_number,
              ins.label, ins.is_jump_target, ins.positions)
        print("  ", ins.oparg, ins.baseopname, ins.baseopcode, ins.jump_target, ins.cache_offset)
