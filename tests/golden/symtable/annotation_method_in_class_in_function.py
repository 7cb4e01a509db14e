def f():
    T = int
    class C:
        def m(self, x: T) -> int:
            return x
    return C
