# total_ordering fills in the missing comparisons from __eq__ and one of < <= > >=.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(v) for v in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version('1.2'), a >= Version('1.2'))
for op in ['<', '<=', '>', '>=']:
    print(op, Version.__dict__.get({'<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__'}[op]) is not None)
@total_ordering
class Desc:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __ge__(self, o): return self.n >= o.n
print(Desc(1) < Desc(2), Desc(1) > Desc(2), Desc(2) <= Desc(2))
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
