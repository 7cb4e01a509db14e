import operator as op
from functools import reduce

print(op.add(1, 2), op.add('a', 'b'), op.add([1], [2]), op.sub(5, 7), op.mul('ab', 3), op.mul(2, 2.5))
print(op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.mod('%s-%s', (1, 2)), op.pow(2, 100), op.pow(2, -1))
print(op.lshift(1, 70), op.rshift(-9, 1), op.and_(12, 10), op.or_(12, 3), op.xor(5, 1), op.or_({1}, {2}))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1.0), op.ge([1, 2], [1]), op.gt((2,), (1, 9)))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({1: 2}, 2))
print(op.getitem([1, 2, 3], 1), op.getitem('hello', slice(1, 3)), op.getitem({'k': 'v'}, 'k'))
print(reduce(op.add, range(10)), reduce(op.mul, range(1, 10)), list(map(op.add, [1, 2], [10, 20])))
print(list(map(op.lt, [1, 5], [3, 3])), sorted([3, 1, 2], key=op.neg), op.__add__(1, 1), op.__lt__ is op.lt)

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + other.v)
    def __lt__(self, other):
        return self.v < other.v
    def __matmul__(self, other):
        return self.v * other.v
    def __getitem__(self, i):
        return i * 2
    def __contains__(self, x):
        return x == 'yes'

print(op.add(V(1), V(2)).v, op.lt(V(1), V(2)), op.gt(V(1), V(2)), op.matmul(V(3), V(4)), op.getitem(V(0), 21))
print(op.contains(V(0), 'yes'), op.contains(V(0), 'no'))
for call in [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.add(1, 'a'),
             lambda: op.lt(1, 'a'), lambda: op.getitem(5, 1), lambda: op.truediv(1, 0), lambda: op.contains(5, 1),
             lambda: op.matmul(1, 2), lambda: op.is_(1)]:
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
