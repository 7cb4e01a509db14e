# Mangling of plain names in a class body and its functions: class-level
# variables, parameters, locals, keyword-only defaults, lambdas,
# comprehensions, imports and globals.
import math

__g = "module-level __g"


class K:
    __a = 1
    __b = __a + 1
    import math as __m
    from math import pi as __pi
    __sq = [__i * __i for __i in range(4)]
    __gen = list(__j for __j in range(3))
    __lam = (lambda __x=2: __x * 10)()
    __d = {__k: __k for __k in "ab"}

    def f(self, __p, *__rest, __kw=3, **__opts):
        __local = __p + __kw
        return __local, __rest, __opts

    def uses_global(self):
        global __g
        return __g

    def sets_global(self):
        global __h
        __h = "set from K"


print(sorted(k for k in vars(K) if k.startswith("_K")))
print(K._K__b, K._K__sq, K._K__gen, K._K__lam, K._K__d)
print(K._K__m is math, K._K__pi == math.pi)
print(K.f.__code__.co_varnames)
print(K.f.__kwdefaults__)
print(K().f(1, 2, 3, x=4))
print(K().f(_K__p=10, _K__kw=1))
try:
    K().f(__p=1)
except TypeError as e:
    print("TypeError:", e)
try:
    K().uses_global()
except NameError as e:
    print("NameError:", e)
globals()["_K__g"] = "mangled global"
print(K().uses_global())
K().sets_global()
print(_K__h)
print([k for k in globals() if k.endswith("__h")])
