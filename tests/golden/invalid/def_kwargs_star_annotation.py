def f(**kw: *T):
    pass
