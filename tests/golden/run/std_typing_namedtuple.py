from typing import NamedTuple

class NT(NamedTuple):
    x: int
    y: str = 'a'
    def show(self):
        return f"<{self.x}:{self.y}>"

for a, k in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'q': 2})]:
    try:
        NT(*a, **k)
    except TypeError as e:
        print(e)
n = NT(1)
print(n, n.x, n[0], n._replace(y='z'), NT._make([5, 6]), n.show())
print(NT._fields, NT._field_defaults, n._asdict(), tuple(n), len(n), n == (1, 'a'))
print(isinstance(n, tuple), NT.__mro__[1], NT.__annotations__)
x, y = n
print(x, y, n + (3,), sorted([NT(2), NT(1, 'b'), NT(1)]))
try:
    n.x = 3
except AttributeError as e:
    print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
P = NamedTuple('P', [('a', int), ('b', float)])
print(P(1, 2.5), P._fields)
match NT(7, 'q'):
    case NT(x=7, y=yy):
        print("matched", yy)
