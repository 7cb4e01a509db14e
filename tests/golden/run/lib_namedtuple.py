from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__)
print(p._asdict(), p._replace(x=10), Point._make([7, 8]), Point._make(iter('ab')))
x, y = p; print(x + y)
print(isinstance(p, tuple), p + (3,), p * 2, p[::-1], max(p), p.count(1), p.index(2))
P3 = namedtuple('P3', 'a, b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', 'def x _y x', rename=True); print(R._fields, R(1, 2, 3, 4))
E = namedtuple('E', ''); print(E(), E._fields, len(E()))
print(Point.x.__doc__, Point.__match_args__)
match p:
    case Point(x=1, y=yy):
        print('matched', yy)
class Sub(Point):
    __slots__ = ()
    def norm(self):
        return self.x ** 2 + self.y ** 2
s = Sub(3, 4); print(s, s.norm(), type(s).__name__, s._replace(x=0))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
tests = [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point(1, x=2),
         lambda: P3(1, 2, 3, 4), lambda: Point._make([1]), lambda: p._replace(z=1),
         lambda: namedtuple('1a', 'x'), lambda: namedtuple('P', 'x def'), lambda: namedtuple('P', 'x _y'),
         lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x', defaults=[1, 2]), lambda: Point(),
         lambda: namedtuple('P', 'a b c')(), lambda: namedtuple('P', ['x', 3])]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Emp = namedtuple('Emp', 'name age')
people = [Emp('bob', 30), Emp('al', 25)]
print(sorted(people, key=lambda e: e.age), {e.name: e for e in people}['al'])
print(dict(Point(1, 2)._asdict()), Point(*range(2)), Point(**{'x': 1, 'y': 0}))
print(namedtuple('M', 'a', module='mymod').__module__)
