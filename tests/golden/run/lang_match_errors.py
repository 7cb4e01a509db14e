# Errors raised while matching.
class NoArgs:
    pass

class TooFew:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

try:
    match NoArgs():
        case NoArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match TooFew():
        case TooFew(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)

import math
try:
    match 5:
        case math.pi():
            pass
except TypeError as e:
    print("TypeError:", e)

match TooFew():
    case TooFew(missing=1):
        print("no")
    case TooFew(a=1):
        print("matched a=1")

match 1:
    case TooFew(a=1):
        print("no")
    case _:
        print("fallthrough")
