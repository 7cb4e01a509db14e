result = 0 < x <= 10 != y
valid = a is not None and b not in c
funcs = [f(x)(y)(z) for f in fs]
value = obj.method(arg)[index].attr(**kw)
