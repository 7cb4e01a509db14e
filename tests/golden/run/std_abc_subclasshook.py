from abc import ABC, abstractmethod

class Sized(ABC):
    @abstractmethod
    def __len__(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__[:-1]):
                return True
        return NotImplemented

class Bag:
    def __len__(self): return 3

class Nothing: pass

print(issubclass(Bag, Sized), isinstance(Bag(), Sized))
print(issubclass(Nothing, Sized), isinstance(Nothing(), Sized))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Child(Never): pass
print(issubclass(Child, Never), issubclass(int, Never))

class Always(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True
print(issubclass(int, Always), isinstance([], Always), isinstance(None, Always))
try:
    issubclass(3, Always)
except TypeError as e:
    print("TypeError:", e)
