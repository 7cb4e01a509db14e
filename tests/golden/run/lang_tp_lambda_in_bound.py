def f[**P, T: [i for i in (lambda: (yield))()]](): pass
print("accepted:", f.__type_params__)
