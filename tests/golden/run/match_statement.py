class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(value):
    match value:
        case 0:
            return "zero"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as number:
            return f"number {number}"
        case "hello" | "hi":
            return "greeting"
        case str(text):
            return "text " + text
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more"
        case {"name": name, "age": age}:
            return f"{name} is {age}"
        case {"name": name}:
            return f"just {name}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case _:
            return "something else"


for v in [0, None, True, -5, 7, 2.5, "hi", "yo", [], [1], [1, 2, 3], (4, 5),
          {"name": "ann", "age": 3}, {"name": "bob"}, Point(0, 0), Point(0, 4),
          Point(2, 2), Point(1, 2), {1, 2}]:
    print(describe(v))
