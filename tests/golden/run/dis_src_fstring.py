# f-strings: FORMAT_SIMPLE, CONVERT_VALUE, FORMAT_WITH_SPEC, BUILD_STRING
import dis
for src in ["x = f'{a}'\n", "x = f'{a!r:>{w}}'\n"]:
    print("---", repr(src))
    dis.dis(src)
