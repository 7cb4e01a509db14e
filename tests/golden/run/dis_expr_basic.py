# expressions are compiled in eval mode: the value is returned
import dis
for src in ["x", "1", "None", "'s'", "a.b", "a[1]"]:
    print("---", repr(src))
    dis.dis(src)
