from itertools import accumulate, batched
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2], initial=10)), list(accumulate([], initial=0)), list(accumulate([5], None, initial=None)))
print(list(accumulate([1.5, 2], func=lambda a, b: a * 10 + b)))
print(list(accumulate(iterable=[[1], [2]])))
for args, kw in [((), {}), (([1], 2, 3), {}), ((1,), {}), (([1],), {'foo': 2})]:
    try:
        accumulate(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError:', e)
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2)))
print(list(batched('ab', 5)), list(batched('abcd', 2, strict=True)), list(batched(n=1, iterable='xy')))
try:
    list(batched('abcde', 2, strict=True))
except ValueError as e:
    print('ValueError:', e)
b = batched(iter('abcde'), 2, strict=True)
print(next(b), next(b))
try:
    next(b)
except ValueError as e:
    print('ValueError:', e)
print(list(b))
for args in [([1], 0), ([1], -3), ([1], 'a'), ([1],), (1, 2)]:
    try:
        batched(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
