# dis.dis(..., show_caches=True) prints each cache unit with its field
import dis

dis.dis("a.b.c = d(e, f=g)", show_caches=True)
dis.dis("x = g + h[i]", show_caches=True)
dis.dis("del a[b]; a[c] = d", show_caches=True)
