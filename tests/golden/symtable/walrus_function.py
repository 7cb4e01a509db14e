def f(xs):
    ys = [(total := x) for x in xs]
    return total, ys
