def f(a: int = , b=1):
    pass
