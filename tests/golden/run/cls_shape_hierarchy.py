import math

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    __hash__ = object.__hash__

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Blob(Shape):
    pass

shapes = [Rect(3, 4), Square(2), Circle(1), Square(3)]
for s in sorted(shapes):
    print(s.describe())
print(Shape.count, Square(2) == Square(2), Square(2) == Rect(2, 2), Rect(1, 2) != Rect(2, 1))
print(max(shapes).name, min(shapes).name)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    Blob("b").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob("b").perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e))
print(len({Square(2), Square(2)}))
Blob("x").describe()
