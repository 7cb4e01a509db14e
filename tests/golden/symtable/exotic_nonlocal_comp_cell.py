def f():
    x = 0
    def g():
        nonlocal x
        return [lambda: x for _ in range(2)]
    return g
