a = *b,
c = [*d, *e, f]
g = {*h, *i}
j = {**k, **l}
print(*m, *n, sep="")
o, *p = *q, r
for s in *t, u:
    pass
x = (*y,)
z = [*()]
