# An error while evaluating a lazy bound shows the bound's frame.
def f[T: 1 / 0](): pass
(T,) = f.__type_params__
print("defined")
print(T.__bound__)
