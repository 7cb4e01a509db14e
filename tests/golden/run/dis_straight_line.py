# dis of straight-line module code (no branches): caches, names, stores
import dis

dis.dis("a = b.c(d, e=f)\ng[h] = i\ndel j.k")
dis.dis("t = u @ v // w ** x\ny -= z")
dis.dis("aa.bb += cc\ndd[ee] *= ff\ngg, *hh = ii")
dis.dis("jj = {kk: ll, **mm}\nnn = [oo, *pp]")
