from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(Color.RED in Color, 1 in Color, 7 in Color)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(type(Color.RED), type(Color).__name__, isinstance(Color.RED, Color))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), f"{Color.RED!r}", f"{Color.RED:>12}|")
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], sorted(c.name for c in Color))
print([c.value for c in reversed(Color)])
print(Color.RED.__class__ is Color, Color)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
