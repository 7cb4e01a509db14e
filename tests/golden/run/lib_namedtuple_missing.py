# A namedtuple called with a missing argument: uncaught TypeError.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p._asdict())
q = Point(5)
