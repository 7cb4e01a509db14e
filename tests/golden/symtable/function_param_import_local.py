def f(a):
    a = 1
    import a
    return a
