from dataclasses import dataclass, field, fields, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), repr(p))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(p.x, p.y, Point.y, Point.__match_args__)
p.x = 10
print(p)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)], fields(p)[1].default)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), Point.__hash__)
match p:
    case Point(x, y):
        print("matched", x, y)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)

a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is not b.items, Inventory("z", count=5) == Inventory("z"))
print(Inventory.__init__.__qualname__, Inventory.__repr__.__qualname__)
