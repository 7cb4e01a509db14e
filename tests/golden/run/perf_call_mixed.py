# The same function called in every way: positional, keywords, *args,
# **kwargs, and functions with keyword-only parameters or varargs.
def g(a, b, c=0):
    return (a, b, c)


args = (1, 2)
kw = {"c": 9}
for i in range(3):
    print(g(1, 2), g(1, b=2), g(*args), g(*args, **kw), g(a=5, b=6, c=7))


def star(*items, sep="-"):
    return sep.join(str(i) for i in items)


def kwonly(a, *, key):
    return a, key


def both(a, *rest, **extra):
    return a, rest, sorted(extra.items())


for i in range(200):
    star(i, i)
print(star(1, 2, 3), star(), star(4, sep="+"))
print(kwonly(1, key=2))
print(both(1), both(1, 2, 3), both(1, z=3, y=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, a=1)
except TypeError as e:
    print("TypeError:", e)
lam = lambda x, y=10: x + y
print(sum(lam(i) for i in range(50)), lam(1, 1))
