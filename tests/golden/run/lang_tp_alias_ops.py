# Type aliases are subscriptable (generic aliases), unionable, and of
# type typing.TypeAliasType.
type Pair[K, V] = dict[K, V]
type Num = int
print(type(Pair), type(Pair).__name__, type(Pair).__module__)
print(Pair[int, str], Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)
print(Num | None, Num | int, int | Num, Num | Num, Num | list[int])
print(Pair.__value__, Num.__value__)
print(Pair.__type_params__, Pair.__value__.__args__)
import typing
(K, V) = Pair.__type_params__
print(type(K) is typing.TypeVar, K.__default__ is typing.NoDefault)
class Box[T]:
    pass
print(Box.__orig_bases__, Box.__orig_bases__[0].__origin__ is typing.Generic)
print(issubclass(Box, typing.Generic), Box[int])
def f[T](x: T) -> list[T]:
    return [x]
print(f(1), f.__type_params__)
