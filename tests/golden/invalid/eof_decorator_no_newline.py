def f():
    pass

@decorator