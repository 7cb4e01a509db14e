# PEP 696 type parameter defaults, evaluated lazily.
def f[T = int, *Ts = tuple, **P = [int, str]](): pass
T, Ts, P = f.__type_params__
for p in f.__type_params__:
    print(p, p.has_default(), p.__default__)

def g[T](): pass
(G,) = g.__type_params__
print(G.has_default(), G.__default__, G.evaluate_default)

def lazy[T = Undefined](): pass
(L,) = lazy.__type_params__
print(L.has_default())
try:
    L.__default__
except NameError as e:
    print("NameError:", e)
Undefined = "now defined"
print(L.__default__)

def bounded[T: int = bool](): pass
(B,) = bounded.__type_params__
print(B.__bound__, B.__default__)

class C[T = str]: pass
print(C.__type_params__[0].__default__)
print(C[int], C[int].__args__)
print(C.__parameters__)
type A[X = float] = X
print(A.__type_params__[0].__default__)
