# Generic type aliases: `type Name[params] = value`.
type Pair[T] = (T, T)
print(Pair, Pair.__name__, Pair.__type_params__, type(Pair).__name__)
print(Pair.__value__)
print(Pair.__value__[0] is Pair.__type_params__[0])

type Mapping[K, V = int] = {K: V}
print(Mapping.__type_params__, Mapping.__value__)
print(Mapping.__type_params__[1].__default__)

type Lazy[T] = Undefined
print(Lazy.__type_params__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = "later"
print(Lazy.__value__)

type Bounded[T: int, *Ts, **P] = (T, Ts, P)
print(Bounded.__type_params__, Bounded.__value__)
print(Bounded.__type_params__[0].__bound__)

def local():
    x = "local value"
    type Inner[T] = (x, T)
    return Inner
print(local().__value__, local().__type_params__)

class K:
    type Member[T] = T
print(K.Member, K.Member.__value__)
type Plain = str
print(Plain.__type_params__, Plain.__value__)
