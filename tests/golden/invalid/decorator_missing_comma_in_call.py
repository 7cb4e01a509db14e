@decorator(a b)
def f():
    pass
