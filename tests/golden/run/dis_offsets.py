# offsets and jump targets count the inline cache units
import dis

for src in ["a = b.c(d).e", "f(g(h(i), j), k)", "print(m, *n, **o)", "p.q = r[s]", "t(*u)",
            "v(w, x=y, **z)"]:
    print("---", src)
    for ins in dis.get_instructions(src):
        print(ins.offset, ins.start_offset, ins.opname, ins.argrepr,
              ins.jump_target, ins.is_jump_target)
