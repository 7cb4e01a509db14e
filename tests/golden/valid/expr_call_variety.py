f()()()
f(a)(b)(c)
f(*[1, 2], **{"a": 1})
f(a, b=1, *c, d=2, **e)
f(x for x in y)
f(**a, b=1, **c)
f(a=1, *b)
f(lambda: 0, key=lambda x: x)
obj.method(1).other(2)
f(
    a,
    *b,
    c=1,
    **d,
)
