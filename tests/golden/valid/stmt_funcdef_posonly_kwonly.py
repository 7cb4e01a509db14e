def f(a, b, /, c, d, *, e, f):
    pass
def g(a, /):
    pass
def h(a=1, /, b=2, *, c):
    pass
def k(*, a, b=1, c):
    pass
def m(a, /, *args, **kwargs):
    pass
def n(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    pass
