class Foo:
    __private = 1
    __dunder__ = 2
    _single = 3
    def __method(self, __arg):
        return self.__private, __arg, __global_name
    import __mod
    import __pkg.sub
