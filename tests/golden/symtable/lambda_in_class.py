class C:
    a = 1
    f = lambda self: (a, __class__)
