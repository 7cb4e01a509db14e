# pretty_flags and COMPILER_FLAG_NAMES
import dis
for flags in [0, 1, 3, 19, 32, 35, 0x80, 0x200, 0x4000000, 0x8000000, 0x4000003, 64, 0x1000, 0x10000 | 1]:
    print(hex(flags), dis.pretty_flags(flags))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
