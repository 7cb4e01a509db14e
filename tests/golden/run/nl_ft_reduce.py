from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 'init'), reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, x: acc + [x * x], range(4), []), reduce(max, [3, 9, 2]), reduce(operator.add, 'abc'))
print(reduce(lambda a, b: a + b, [1, 2], initial=5), reduce(operator.concat, [[1], [2], [3]]))

def trace(a, b):
    print('  call', a, b)
    return a + b

print(reduce(trace, iter([1, 2, 3])))
print(reduce(trace, [7]), reduce(trace, [], 0))
for args, kw in [((1,), {}), ((operator.add, []), {}), ((operator.add, 5), {}), ((None, [1, 2]), {}),
                 ((operator.add, [1], 2, 3), {}), ((), {'function': len, 'iterable': []}),
                 ((operator.add, [1]), {'start': 0})]:
    try:
        print(reduce(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
