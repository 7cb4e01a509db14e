# groupby: consecutive runs, key functions, groups invalidated by advancing.
from itertools import groupby
from operator import itemgetter
data = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig'), ('veg', 'leek'), ('veg', 'okra')]
for kind, items in groupby(data, key=itemgetter(0)):
    print(kind, [name for _, name in items])
for kind, items in groupby(sorted(data), key=itemgetter(0)):
    print(kind, len(list(items)))
print([(k, len(list(g))) for k, g in groupby('aaabccdddd')])
print(''.join(f'{len(list(g))}{k}' for k, g in groupby('WWWWBBBWWB')))
groups = list(groupby('aabbb'))
print([(k, list(g)) for k, g in groups])
it = groupby([1, 1, 2, 3, 3, 3])
k, g = next(it); print(k, next(g))
k2, g2 = next(it); print(k2, list(g), list(g2))
print([k for k, _ in groupby([])], [k for k, _ in groupby([None, None, 0])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])
