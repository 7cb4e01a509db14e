"""A small class hierarchy of geometric shapes."""

from abc import ABC, abstractmethod
import math


class Shape(ABC):
    """Base class for all shapes."""

    registry: dict[str, type["Shape"]] = {}

    def __init_subclass__(cls, /, name: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[name or cls.__name__.lower()] = cls

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()


class Circle(Shape, name="circle"):
    def __init__(self, radius: float) -> None:
        if radius < 0:
            raise ValueError(f"negative radius: {radius}")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


class Rectangle(Shape, name="rect"):
    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)


class Square(Rectangle, name="square"):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)


def largest(*shapes: Shape) -> Shape | None:
    return max(shapes, default=None)


if __name__ == "__main__":
    shapes = [Circle(1.0), Rectangle(2, 3), Square(2)]
    for shape in sorted(shapes):
        print(f"{shape!r:40} area={shape.area():8.3f}")
    print(largest(*shapes))
