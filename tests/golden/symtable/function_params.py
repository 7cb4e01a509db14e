def f(a, b=1, /, c=2, *args, d, e=3, **kwargs):
    return a + b + c + d + e + len(args) + len(kwargs)
