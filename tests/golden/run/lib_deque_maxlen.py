# deque with maxlen: items fall off the opposite end.
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(i, d)
d.appendleft('L'); print(d)
d.extend('abcd'); print(d)
d.extendleft('xy'); print(d)
d.rotate(1); print(d, d.maxlen, len(d))
z = deque([1, 2], maxlen=0); z.append(3); z.appendleft(4); print(z, len(z))
last3 = deque(maxlen=3)
for line in ['one', 'two', 'three', 'four', 'five']:
    last3.append(line)
print(list(last3))
print(deque(range(10), 4) == deque([6, 7, 8, 9]), deque('ab', 5).copy())
try:
    deque([1, 2, 3], maxlen=3).insert(1, 'x')
except IndexError as e:
    print('IndexError:', e)
d = deque([1, 2, 3], maxlen=3)
d += [4]; print(d)
print(d * 2, 2 * deque([1], 3))
d *= 2; print(d)
try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError')
