# namedtuple: defaults, _make, _replace, subclassing, unpacking, field access.
from collections import namedtuple
Color = namedtuple('Color', 'red green blue alpha', defaults=(255,))
c = Color(10, 20, 30)
print(c, c.alpha, Color._field_defaults, Color._fields)
print(c._replace(red=0, alpha=128), Color._make([1, 2, 3, 4]), c._asdict())
r, g, b, a = c; print(r + g + b, a)
print(c[1:3], c.index(30), c.count(10), c == (10, 20, 30, 255), c > (9,))
Card = namedtuple('Card', ['rank', 'suit'])
deck = [Card(r, s) for s in 'SH' for r in '23']
print(deck, sorted(deck, key=lambda k: (k.suit, k.rank))[0])
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(3, 4) + Vec(0, 0); print(v, v.length, isinstance(v, tuple), Vec._fields)
Pair = namedtuple('Pair', 'a b', rename=True); print(Pair(1, 2))
Bad = namedtuple('Bad', ['ok', 'class', 'ok', '_x', '9'], rename=True); print(Bad._fields)
print(hash(Card('2', 'S')) == hash(('2', 'S')), {Card('2', 'S'): 1}[('2', 'S')])
print(type(c).__name__, Color.__doc__, Color.red.__doc__, len(Color._fields))
nested = namedtuple('Outer', 'inner')(namedtuple('Inner', 'v')(1)); print(nested, nested.inner.v)
print(Color(*range(4)), Color(**{'red': 1, 'green': 2, 'blue': 3}))
for bad in [lambda: Color(1, 2), lambda: Color(1, 2, 3, 4, 5), lambda: Color(1, 2, 3, red=9), lambda: Color(1, 2, 3, gamma=1),
            lambda: Color._make([1]), lambda: c._replace(purple=1), lambda: namedtuple('X', 'a-b'),
            lambda: namedtuple('for', 'x'), lambda: namedtuple('X', 'a a'), lambda: namedtuple('X', '_a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
