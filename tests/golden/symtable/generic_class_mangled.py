class C[__T]:
    def m(self, x: __T) -> __T:
        return x
