def f():
    Limit = int
    class C[T: Limit]:
        x: T
    return C
