# A shape hierarchy: abstract-ish base, super(), polymorphism, sorting.
import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} has no area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.3f} and perimeter {self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rectangle):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __repr__(self):
        return f"Circle({self.r})"


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Square(3), Circle(0.5)]
for s in sorted(shapes):
    print(f"{s!r:>16}: {s.describe()}")
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
print(Square.__mro__)
print(issubclass(Square, Shape), isinstance(Circle(1), Rectangle))
print(sum(s.area() for s in shapes))
Shape().describe()
