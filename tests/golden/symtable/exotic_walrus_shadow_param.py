def f(p):
    return [(p := i) for i in range(3)], p
