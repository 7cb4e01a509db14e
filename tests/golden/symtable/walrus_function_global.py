def f(xs):
    global found
    return [(found := x) for x in xs]
