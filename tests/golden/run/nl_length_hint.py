from operator import length_hint
from collections import deque
from itertools import repeat, count

it = iter([1, 2, 3, 4])
print(length_hint(it), next(it), length_hint(it), it.__length_hint__())
print(length_hint(iter((1, 2))), length_hint(iter(range(10))), length_hint(iter(range(0, 10, 3))), length_hint(iter(range(5, 0, -2))))
print(length_hint(iter('hello')), length_hint(iter({'a': 1, 'b': 2})), length_hint(iter({1, 2, 3})))
print(length_hint(reversed([1, 2, 3])), length_hint(iter(deque('ab'))), length_hint(reversed(deque('abc'))))
print(length_hint(repeat('x', 4)), length_hint(repeat('x')), length_hint(count()), length_hint(count(), 7))
r = iter(range(3))
list(r)
print(length_hint(r), length_hint(iter([])), length_hint(iter(range(2**20))))
print(length_hint(iter({}.values())), length_hint(iter({'k': 1}.items())))
print(type(iter([])).__length_hint__(iter([5, 6])))
try:
    length_hint(5, 'x')
except TypeError as e:
    print('TypeError:', e)

class H:
    def __length_hint__(self):
        return 42

class Bad:
    def __length_hint__(self):
        return -1

print(length_hint(H()), length_hint(object(), 3))
try:
    length_hint(Bad())
except ValueError as e:
    print('ValueError:', e)
print(list(map(length_hint, [[1], (2, 3), 'abcd', {}])))
