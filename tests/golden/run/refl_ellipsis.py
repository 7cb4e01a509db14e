# Ellipsis is its own singleton of type ellipsis
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), str(...), bool(...))
x = [1, ..., 3]
print(x, x.count(...), ... in x)
print({...: 1}[Ellipsis], len({..., Ellipsis}))
def stub(): ...
print(stub())
print(... == Ellipsis, ... != None, type(...) is type(Ellipsis))
