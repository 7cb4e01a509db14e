del x
del x, y
del obj.attr
del items[0]
del items[1:3]
del (a, b)
del [c, d]
del (e)
del a.b[0].c
