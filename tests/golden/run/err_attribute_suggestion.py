import math


class Point:
    def __init__(self):
        self.name = "p"

    def distance(self):
        return 0


p = Point()
try:
    p.nmae
except AttributeError as e:
    print(e)
try:
    p.distanse()
except AttributeError as e:
    print(e)
print(math.sqr(4))
