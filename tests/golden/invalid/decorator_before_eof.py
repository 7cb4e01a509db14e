def f():
    pass

@decorator
