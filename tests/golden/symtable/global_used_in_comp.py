def f(xs):
    global total
    return [total + x for x in xs]
