def f(xs):
    return [(lambda: y) for y in xs for z in y]
