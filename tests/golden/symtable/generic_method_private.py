class C:
    def f[__T](self, x: __T) -> __T:
        return x
