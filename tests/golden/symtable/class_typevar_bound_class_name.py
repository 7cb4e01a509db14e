def outer():
    T0 = 1
    Bound = 2
    class C:
        Bound = int
        def m[T: Bound](self, x: T0) -> T:
            return x
    return C
