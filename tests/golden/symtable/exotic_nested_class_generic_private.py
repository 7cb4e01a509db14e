class C:
    class D[__T, __U: __T]:
        __v: __T
