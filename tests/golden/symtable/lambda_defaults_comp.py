def f():
    n = 1
    return lambda a=[n for _ in range(2)], *, b=n: a
