# ParamSpec and TypeVarTuple type parameters.
def f[**P, *Ts](): pass
P, Ts = f.__type_params__
print(P, Ts, type(P).__name__, type(Ts).__name__)
print(P.__name__, Ts.__name__, P.__module__)
print(P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.args == P.args, P.kwargs == P.args)
print(P.__bound__, P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(P.has_default(), Ts.has_default(), P.__default__, Ts.__default__)

def g[*Ts = (int,), **P = ...](): pass
Ts2, P2 = g.__type_params__
print(Ts2.__default__, Ts2.has_default(), P2.has_default())

class Call[**P, R]:
    pass
print(Call.__type_params__, Call.__parameters__)

try:
    class Bad(P): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Ts): pass
except TypeError as e:
    print("TypeError:", e)
