# EXTENDED_ARG prefixes widen the next argument; start_offset counts them
import dis
code = bytes([69, 1, 94, 2, 69, 1, 69, 0, 51, 3, 35, 0])
dis.dis(code)
dis.dis(code, show_offsets=True)
