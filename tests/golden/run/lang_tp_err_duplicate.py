print("never printed")
def f[T, U, T](): pass
