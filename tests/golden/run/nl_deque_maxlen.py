from collections import deque

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft('ab')
print(d)
z = deque([1, 2], maxlen=0)
z.append(5)
z.appendleft(6)
z.extend(range(100))
print(z, len(z))
print(deque('abc', maxlen=2), deque('abc', 5), deque(maxlen=None), deque([1], maxlen=True))
try:
    d.insert(0, 'x')
except IndexError as e:
    print('IndexError:', e)
e = deque([1, 2], maxlen=3)
e.insert(1, 'mid')
print(e)
for bad in (-1, 'a', 2.0):
    try:
        deque([], bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
f = deque([1, 2, 3], maxlen=3)
print(f * 2, 2 * f, f + deque([9]))
f *= 3
print(f)
f += [7, 8]
print(f)
d.__init__([7, 8, 9], 2)
print(d, d.maxlen)
