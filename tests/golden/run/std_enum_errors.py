from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

for bad in (7, "RED", None, 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", repr(e))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError")
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
class Empty(Enum):
    pass
class Extended(Empty):
    A = 1
print(list(Extended), len(Empty))
