# show_positions=True shows line:col-endline:endcol instead of the line
import dis
for src in ["x = y\n", "x = y + z\n", "x = a[b]\n", "x = a.b(c)\n", "x = f'{a}'\n", "a, b = c\n"]:
    print("---", repr(src))
    dis.dis(src, show_positions=True)
