def f():
    N = int
    class C:
        nonlocal N
        x: N
    return C
