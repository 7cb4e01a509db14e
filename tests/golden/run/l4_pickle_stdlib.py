# pickle of standard-library objects: dataclasses, enums, namedtuples, nested
# classes, datetime, Decimal, Fraction, functions and classes by reference.
import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import pickle


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 1
    GREEN = 2


Pair = collections.namedtuple('Pair', 'left right')


class Outer:
    class Inner:
        def __init__(self):
            self.v = 'inner'


def helper(x):
    return x * 2


objs = [Point(1, 2), Color.GREEN, Pair(1, 'b'), Outer.Inner(), datetime.date(2024, 2, 29),
        datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
        decimal.Decimal('3.14'), fractions.Fraction(3, 4), helper, Point, Color,
        collections.deque([1, 2, 3]), {'nested': [Point(3), (Color.RED,)]}]
for proto in [0, 2, 4, 5]:
    for o in objs:
        r = pickle.loads(pickle.dumps(o, proto))
        same = r == o if not isinstance(o, Outer.Inner) else r.v == o.v
        shown = r.v if isinstance(r, Outer.Inner) else r.__name__ if isinstance(r, type(helper)) else r
        print(proto, type(r).__name__, same, shown)
print(pickle.loads(pickle.dumps(helper))(21), pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
print(pickle.dumps(Color.RED, 2))
print(pickle.dumps(helper, 4))
