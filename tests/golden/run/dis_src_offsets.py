# show_offsets=True adds the offset column
import dis
for src in ["x = y\n", "x = (a, b)\n", "x = {a: b}\n", "x = -a\n", "a, *b = c\n", "x = 'a' 'b'\n"]:
    print("---", repr(src))
    dis.dis(src, show_offsets=True)
