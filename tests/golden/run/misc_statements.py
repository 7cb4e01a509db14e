from math import *

print(floor(2.7), pi > 3)
a, b = [1, 2], {3}
print({*a, *b, 4}, {*"ab"} == {"a", "b"})


class Box:
    pass


box = Box()
box.x = 1
box.y = 2
del box.x
print(hasattr(box, "x"), box.y)
p, q, r = 1, 2, 3
del p, q
print(r)
try:
    del box.missing
except AttributeError as e:
    print(e)
