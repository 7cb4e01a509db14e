def f():
    pass
def g(a, b, c):
    return a + b + c
def h(a, b=1, *args, c, d=2, **kwargs):
    pass
def k(a: int, b: str = "x") -> bool:
    return True
