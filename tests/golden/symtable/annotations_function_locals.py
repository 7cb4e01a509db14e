def f():
    x: int = 1
    y: Undefined
    return x
