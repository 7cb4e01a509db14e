D = 1
def f[T](a=D, *, b=D, c) -> T:
    pass
