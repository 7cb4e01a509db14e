def f():
    y = 1
    class C:
        z = [y for _ in range(3)]
    return C
