def f():
    def g[T: (int, (yield))](): pass
