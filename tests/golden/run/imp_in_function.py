# import statements inside functions bind local names.
def f():
    import imp_pkgs.plain
    from imp_pkgs.plain import double as dbl
    import math as m
    return imp_pkgs.plain.value, dbl(4), m.floor(1.5)


print(f())
try:
    imp_pkgs
except NameError as e:
    print(e)


class C:
    from imp_pkgs.plain import value
    import math


print(C.value, C.math.floor(9.9))
