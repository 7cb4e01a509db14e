def f():
    T = 1
    def g[T](x: T) -> T:
        return x
    return g, T
