# count, cycle, repeat: reprs, steps, floats, use with zip/map.
from itertools import count, cycle, repeat, islice, starmap, takewhile, dropwhile, compress, filterfalse, pairwise, zip_longest, chain
c = count(10, -2.5)
print(c, next(c), next(c), c)
print(list(zip('abc', count(1))), count(), count(0, 1), count(3, 0), count(1, 2))
cy = cycle('xy'); print([next(cy) for _ in range(5)])
r = repeat('A', 2); print(r, list(r), r, list(r))
print(list(map(pow, [2, 3, 4], repeat(3))), repeat(None), repeat([], 0))
print(list(starmap(divmod, [(7, 2), (9, 4)])), list(takewhile(str.isupper, 'ABcD')), ''.join(dropwhile(str.isupper, 'ABcD')))
print(list(compress(range(6), cycle([1, 0]))), list(filterfalse(str.isdigit, 'a1b2')))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])], list(zip_longest([1], 'abc', fillvalue=0)))
print(list(islice(chain(repeat('x', 2), count(100)), 5)))
print(type(c).__name__, type(cy).__name__, type(r).__name__, type(pairwise([])).__name__)
try:
    count('a')
except TypeError as e:
    print('TypeError:', e)
try:
    repeat(1, 'x')
except TypeError as e:
    print('TypeError:', e)
