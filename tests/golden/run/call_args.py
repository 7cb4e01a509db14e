def f(a, b=2, *rest, c, d=4, **extra):
    print(a, b, rest, c, d, extra)

f(1, c=3)
f(1, 5, 6, 7, c=8, z=9, d=0)

def g(*args):
    return len(args), args

print(g(), g(1, 2, 3))

def h(x, /, y, *, z):
    return x + y + z

print(h(1, 2, z=3), h(1, y=2, z=3))

def k(**kw):
    return kw

print(k(a=1, b="two"))
try:
    f(1)
except TypeError as e:
    print(e)
try:
    h(x=1, y=2, z=3)
except TypeError as e:
    print(e)
try:
    f(1, c=2, a=3)
except TypeError as e:
    print(e)
