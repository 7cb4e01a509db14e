# deque indexing, rotate, index with bounds, remove, count, reverse, compare.
from collections import deque
d = deque(range(10))
print(d[0], d[-1], d[5], d.index(4), d.index(4, 2, 8))
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(0); d.rotate(23); print(d)
d.remove(7); print(d, d.count(3), 7 in d)
d.reverse(); print(d)
del d[0]; del d[-1]; print(d)
d[2] = 'two'; print(d)
d.clear(); print(d, bool(d))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1, 2]), deque([1]) != deque([1]), deque() == deque([]))
print(deque([1, 2]) == [1, 2])
e = deque([[1], [2]]); f = e.copy(); f[0].append('x'); print(e, f, e is f)
print(list(reversed(deque('abc'))), list(deque('abc')), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
d = deque([1, 2, 3, 2, 1])
try:
    d.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    d.index(2, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    d.remove(9)
except ValueError as e:
    print('ValueError:', e)
try:
    d[10]
except IndexError as e:
    print('IndexError:', e)
try:
    d[-6] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    d['x']
except TypeError as e:
    print('TypeError:', e)
try:
    deque(1)
except TypeError as e:
    print('TypeError:', e)
d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-1, 'pen'); print(d)
