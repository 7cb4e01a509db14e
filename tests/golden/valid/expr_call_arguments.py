f()
f(1)
f(1, 2, 3)
f(a=1, b=2)
f(1, *args)
f(*args, 1)
f(**kwargs)
f(1, *a, *b, k=2, **c, **d)
f(*a, k=1, *b)
f(k=1, *a)
f(x for x in y)
f((x for x in y), 1)
f(1,)
f(a=1,)
f(
    1,
    2,
)
