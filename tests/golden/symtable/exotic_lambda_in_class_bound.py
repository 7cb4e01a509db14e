def f():
    z = 1
    class C:
        z = 2
        def m[T: (lambda: z)](self): pass
    return C
