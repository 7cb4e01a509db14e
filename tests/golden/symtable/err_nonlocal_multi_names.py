def f():
    a = 1
    def g():
        nonlocal a, missing
