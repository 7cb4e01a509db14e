def f():
    class C[T]((yield)): pass
