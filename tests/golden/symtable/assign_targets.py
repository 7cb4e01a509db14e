def f(obj, seq):
    a, *b = c = seq
    obj.attr += 1
    seq[0] = obj.x[1:2]
    [d, (e, f2)] = seq
    return a, b, c, d, e, f2
