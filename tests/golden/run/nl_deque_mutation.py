from collections import deque

d = deque([1, 2, 3])
try:
    for x in d:
        print('saw', x)
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print('RuntimeError:', e)
it = iter(d)
print(next(it))
d[0] = 'changed'
print(next(it), 'setitem does not count as a mutation')
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    next(it)
except RuntimeError as e:
    print('again RuntimeError:', e)
it2 = iter(d)
d[1] = 'x'
print(list(it2))
it3 = iter(d)
d.pop()
d.append('same length, still a mutation')
try:
    print(list(it3))
except RuntimeError as e:
    print('RuntimeError:', e)

class Sneaky:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append('more')
        return False

q = deque([1, 2, 3])
for op in ('count', 'index', 'remove'):
    try:
        getattr(q, op)(Sneaky(q))
    except (RuntimeError, ValueError, IndexError) as e:
        print(op, type(e).__name__, e)
print(len(q))
r = deque('xyz')
it = reversed(r)
r.pop()
try:
    list(it)
except RuntimeError as e:
    print('reversed:', e)
for x in d:
    if x == 3:
        d.append(4)
