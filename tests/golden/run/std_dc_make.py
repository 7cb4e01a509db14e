import dataclasses
from dataclasses import make_dataclass, field, fields

M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=5))], order=True)
print(M(1, 2), M(1, 2) < M(1, 3), [f.name for f in fields(M)], M.__name__)
N = make_dataclass('N', [('x', float, field(default=0.5))], bases=(M,), namespace={'total': lambda self: self.a + self.x})
n = N(1, 2, 3, 4.5)
print(n, n.total())
F = make_dataclass('F', [('v', int)], frozen=True)
try:
    F(1).v = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
for bad in (['a', 'a'], ['1x'], [('a', int, 1, 2)]):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print(e)
print(repr(dataclasses.MISSING)[:30].startswith("<dataclasses._MISSING_TYPE"))
