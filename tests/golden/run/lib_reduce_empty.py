# functools.reduce: folds, initial values, and the uncaught TypeError on an empty iterable.
from functools import reduce
import operator
print(reduce(operator.add, range(1, 11)), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(lambda x, y: x * 10 + y, [1, 2, 3, 4]))
reduce(operator.add, [])
