# NaN keys: a NaN object finds itself (identity before equality); two
# float('nan') calls make two different keys.
nan = float('nan')
d = {nan: 'first'}
print(d[nan], nan in d, float('nan') in d)
d[float('nan')] = 'second'
d[nan] = 'again'
print(len(d), sorted(d.values()))
try:
    d[float('nan')]
except KeyError as e:
    print('KeyError', e)
s = {nan, nan, float('nan'), float('nan')}
print(len(s), nan in s, float('nan') in s)
s.discard(nan)
print(len(s))
print(nan == nan, nan is nan, nan != nan)
items = [nan, 1.0]
print(nan in items, items.count(nan), items.index(nan), float('nan') in items)
print([nan] == [nan], (nan,) == (nan,), [float('nan')] == [float('nan')])
print({nan} == {nan}, frozenset([nan]) == frozenset([nan]))
print({float('nan')} == {float('nan')})
x = float('nan')
y = x
print(x is y, {x: 1}.get(y), {x: 1}.get(float('nan'), 'missing'))
print(-nan in {-nan: 1}, repr(-nan), abs(nan) is nan)
import math
print(math.nan in {math.nan: 0}, math.nan is math.nan, math.isnan(float('-nan')))
counts = {}
for v in [nan, nan, float('nan'), 1, 1.0]:
    counts[v] = counts.get(v, 0) + 1
print(len(counts), sorted(counts.values()))
print(dict.fromkeys([nan, nan, float('nan')]).__len__())
print(sorted(set([1, nan, 2]) - {nan}))
print(max(3, nan), min(nan, 3))
