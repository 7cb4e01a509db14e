f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *args, **kwargs: (args, kwargs)
f = lambda a, /, b, *, c: a
f = lambda *, k=1: k
f = lambda x=lambda y: y: x
f = lambda: (yield)
f = lambda a, b=2, /, c=3, *d, e, f=6, **g: 0
f = lambda a,: a
