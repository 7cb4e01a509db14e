a = lambda: lambda: lambda: 0
b = lambda x=(y := 1): x
c = lambda *a, b=lambda: 0, **k: b()
d = (lambda x: x)(1)
e = [lambda i=i: i for i in range(3)]
f = lambda x: (x, *x)
g = lambda: (yield from x)
h = lambda x: x if x else lambda: x
