# inline caches: CPython 3.14's counts and field layout
import dis

src = "x = a.b + c(d)\ne.f = x\nprint(x[y], len(x))\ny, z = x\nw = x < y\nv = a in b\n"
for ins in dis.get_instructions(src):
    print(ins.offset, ins.opname, ins.arg, ins.cache_info)
