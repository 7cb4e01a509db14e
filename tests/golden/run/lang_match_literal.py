# Literal and value patterns: numbers, strings, None/True/False, dotted names.
import math

class Color:
    RED = 1
    GREEN = 2

def lit(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case "hello" | 'world':
            return "greeting"
        case b"raw":
            return "bytes"
        case Color.GREEN:
            return "green"
        case math.pi:
            return "pi"
        case _:
            return "something else"

for v in [True, 1, 1.0, False, 0, None, -1, 2.5, "hello", "world", b"raw",
          2, math.pi, "x"]:
    print(repr(v), "->", lit(v))
