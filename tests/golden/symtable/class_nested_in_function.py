def f(base):
    class Inner(base):
        value = base
    return Inner
