class Outer:
    __a = 1
    class Inner:
        __b = 2
        def m(self):
            return self.__b, __a
