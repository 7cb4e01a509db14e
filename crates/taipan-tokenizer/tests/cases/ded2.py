def f():
    x

