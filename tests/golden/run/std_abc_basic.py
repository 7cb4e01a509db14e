from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s * self.s
    def perimeter(self): return 4 * self.s

print(sorted(Shape.__abstractmethods__))
print(Square.__abstractmethods__)
sq = Square(3)
print(sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, type(Square) is ABCMeta)

class Half(Shape):
    def area(self): return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass

try:
    Meta()
except TypeError as e:
    print(e)

class Impl(Meta):
    def run(self): return "ran"

print(Impl().run(), Impl.__mro__[1].__name__)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
