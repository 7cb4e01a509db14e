from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.index(7), d.count(1), list(reversed(d)))
d.insert(2, 'x'); d.remove('x'); d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d)
e = d.copy(); e.clear(); print(e, d, bool(e), bool(d))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); m.appendleft(0); print(m)
print(deque('abc', 2), deque(maxlen=0), deque())
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
for i in range(500):
    q.appendleft(i)
print(len(q), q[0], q[-1], sum(q))
x = deque([1]); x.append(x); print(x)
for bad in [lambda: deque([1],maxlen=-1),
            lambda: deque([1],maxlen='a'),
            lambda: deque([1]).remove(5),
            lambda: deque([1]).index(5),
            lambda: deque([1],maxlen=1).insert(0,2),
            lambda: deque([1])[5],
            lambda: deque([1])['a'],
            lambda: deque([1])[0:1],
            lambda: deque().rotate('a'),
            lambda: deque([1]) + [2],
            lambda: deque().popleft(),
            lambda: deque().pop(),
            lambda: deque([1])*'a',
            lambda: deque([1]).extend(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
it = iter(d); next(it); d.pop()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
print(type(d), type(iter(d)).__name__)
