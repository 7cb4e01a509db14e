def f():
    y = 1
    class C:
        nonlocal y
        y = 2
    return C
