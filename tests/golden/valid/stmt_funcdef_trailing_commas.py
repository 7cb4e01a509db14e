def f(a,):
    pass
def g(a, b, /,):
    pass
def h(*, a,):
    pass
def k(**kw,):
    pass
def m(
    a,
    b,
):
    pass
