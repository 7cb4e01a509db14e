import itertools
from itertools import *

objs = [count(), repeat(1), cycle('a'), chain(), islice('a', 1), accumulate([]), batched('a', 1),
        compress('', ''), dropwhile(None, ''), takewhile(None, ''), filterfalse(None, ''), starmap(None, ''),
        pairwise(''), zip_longest(), product(), permutations(''), combinations('', 0),
        combinations_with_replacement('', 0)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t, t is getattr(itertools, t.__name__), isinstance(o, t), iter(o) is o)
print(repr(chain())[:len('<itertools.chain object at ')])
print(type(count()) is count, count.__name__, count.__module__, str(islice))
try:
    len(count())
except TypeError as e:
    print('TypeError:', e)
try:
    count()[0]
except TypeError as e:
    print('TypeError:', e)
print(hasattr(count(), '__next__'), next(iter(count(3))), count(3).__next__())
try:
    import pickle
except ImportError:
    pass
try:
    count(5).__reduce__()
except TypeError as e:
    print('TypeError:', e)
