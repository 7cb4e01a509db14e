class Outer[T]:
    class Inner[U]:
        base = T
        def m(self, b: U): pass
