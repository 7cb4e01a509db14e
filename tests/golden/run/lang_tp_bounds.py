# TypeVar bounds and constraints are evaluated lazily, on first access.
calls = []
def log(v):
    calls.append(v)
    return v

def f[T: log(int), U: (log(str), bytes)](): pass
T, U = f.__type_params__
print(calls)
print(T.__bound__, T.__constraints__)
print(U.__bound__, U.__constraints__)
print(calls)
print(T.__bound__, U.__constraints__, calls)

# a bound naming something defined later
def g[T: Later](): pass
(G,) = g.__type_params__
try:
    G.__bound__
except NameError as e:
    print("NameError:", e)
class Later: pass
print(G.__bound__)
print(G.__bound__ is Later)

# constraints naming undefined things
def h[T: (Missing, int)](): pass
(H,) = h.__type_params__
try:
    H.__constraints__
except NameError as e:
    print("NameError:", e)
Missing = float
print(H.__constraints__, H.__bound__)

# bounds see enclosing function locals
def outer():
    local = dict
    def inner[T: local](): pass
    return inner
(I,) = outer().__type_params__
print(I.__bound__)

# and other type parameters of the same list
def both[T, U: list](): pass
print([p.__bound__ for p in both.__type_params__])

# evaluate_bound is the function computing it
print(T.evaluate_bound is not None, both.__type_params__[0].evaluate_bound)
print(callable(U.evaluate_constraints), I.evaluate_constraints)
