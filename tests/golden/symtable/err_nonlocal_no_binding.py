def f():
    def g():
        nonlocal undefined_name
