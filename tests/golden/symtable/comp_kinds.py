def f(xs):
    a = {x for x in xs}
    b = {k: v for k, v in xs}
    c = (y for y in xs)
    return a, b, c
