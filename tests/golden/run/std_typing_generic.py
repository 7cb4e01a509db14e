from typing import TypeVar, Generic, List, Dict, Optional

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', int, str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
print(T, K, V, Co, Contra, T.__name__, K.__bound__, V.__constraints__, T.__covariant__)
print(List[T], Dict[K, V], List[T][int], Dict[str, T][float], Optional[T])

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box.__parameters__, Box(3).get(), Box[str]("s").item)
b = Box[int](5)
print(b.item, b.__orig_class__)

class Pair(Generic[K, V]):
    pass
print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(e)

class IntBox(Box[int]):
    pass
print(IntBox(4).get(), IntBox.__parameters__, IntBox.__mro__[1] is Box)

class Multi(Box[T], Generic[T]):
    pass
print(Multi.__parameters__)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(e)
try:
    class Dup(Generic[T, T]):
        pass
except TypeError as e:
    print(e)
try:
    isinstance(3, List[int])
except TypeError as e:
    print(e)
print(isinstance([], List), issubclass(list, List))
