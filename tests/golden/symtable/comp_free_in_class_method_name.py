def f():
    y = 1
    class C:
        y = 2
        z = [y for _ in range(1)]
    return C
