import functools
d = 5
@functools.cache
def f(a=d, *, b=d + 1):
    return a, b
