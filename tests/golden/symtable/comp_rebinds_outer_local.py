def f(xs):
    x = 0
    ys = [x for x in xs]
    return x, ys
