# labels for jump targets in raw bytes (forward and backward jumps)
import dis
code = bytes([
    27, 0,     # 0 NOP
    77, 2,     # 2 JUMP_FORWARD 2 -> 8
    27, 0,     # 4 NOP
    27, 0,     # 6 NOP
    27, 0,     # 8 NOP
    76, 4,     # 10 JUMP_BACKWARD_NO_INTERRUPT 4 -> 4
    77, 0,     # 12 JUMP_FORWARD 0 -> 14
    35, 0,     # 14 RETURN_VALUE
])
dis.dis(code)
print(dis.findlabels(code))
print(sorted(dis.findlabels(code)))
dis.dis(code, show_offsets=True)
