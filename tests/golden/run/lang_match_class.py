# Class patterns: positional via __match_args__, keywords, built-ins.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle r={r} at ({c.x}, {c.y})"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1),
          Circle(Point(1, 2), 20), Circle(Point(3, 4), 1), 7, 2.0, "txt",
          [1, 2], {"k": 1}, None]:
    print(where(s))
