# Generic classes: an implicit Generic[...] base, __type_params__,
# __parameters__, __orig_bases__, subscription.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

b = Box(1)
print(b.get(), type(b).__name__)
print(Box.__type_params__, Box.__parameters__)
print(Box.__orig_bases__)
print(Box.__bases__, Box.__mro__)
print("__type_params__" in Box.__dict__, "__orig_bases__" in Box.__dict__)
print(Box[int], Box[str].__origin__ is Box, Box[int].__args__)
print(Box[int] == Box[int], Box[int] == Box[str])
x = Box[int](5)
print(x.item, type(x) is Box, x.__orig_class__)

class Pair[K, V]:
    pass
print(Pair[int, str], Pair.__parameters__)
for args in [(int,), (int, str, bytes)]:
    try:
        Pair[args]
    except TypeError as e:
        print("TypeError:", e)

class Base:
    def hello(self):
        return "hello"
class Derived[T](Base):
    pass
print(Derived.__mro__)
print(Derived.__orig_bases__)
print(Derived().hello())

class Sub(Box[int]):
    pass
print(Sub.__orig_bases__, Sub.__mro__, Sub.__parameters__, Sub(2).get())

class Sub2[U](Box[U]):
    pass
print(Sub2.__orig_bases__, Sub2.__parameters__, Sub2.__mro__)

class Plain(Box):
    pass
print(Plain.__mro__, "__orig_bases__" in Plain.__dict__)

# keywords and decorators
def deco(cls):
    print("decorating", cls.__name__, cls.__type_params__)
    return cls
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta:", name, bases, kw, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
@deco
class Fancy[T](metaclass=Meta, flag=True):
    attr = 1
print(type(Fancy).__name__, Fancy.attr)
print(Box.__qualname__, Fancy.__qualname__)

def factory():
    class Local[T]:
        pass
    return Local
L = factory()
print(L.__qualname__, L.__type_params__, L[int])
