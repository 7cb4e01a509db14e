# lambda parameters, defaults (evaluated once), closures, nesting.
f = lambda a, b=2, *c, d, e=5, **kw: (a, b, c, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, d=4, z=0))
g = lambda *, key: key * 2
print(g(key="ab"))
h = lambda x, /, y: x - y
print(h(5, y=3))
default = []
appender = lambda item, acc=default: acc.append(item) or acc
appender(1); appender(2)
print(default)
adder = lambda n: lambda m: n + m
print(adder(10)(5))
print((lambda: "immediately")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(f.__name__, (lambda: 0).__qualname__)
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
