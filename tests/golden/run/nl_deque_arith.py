from collections import deque

d = deque([1, 2])
print(d + deque([3]), d * 3, 3 * d, d * 0, d * -1, d)
e = d
e += [9, 8]
print(e is d, d)
e *= 2
print(e is d, d)
e += d
print(d)
d *= 0
print(d, len(d))
m = deque([1, 2, 3], maxlen=4)
print(m + deque([4, 5]), (m + deque([4, 5])).maxlen, m * 2)
print(deque([1]) + deque([2], maxlen=1))
for bad in ([1], (1,), 'ab', None):
    try:
        deque([1]) + bad
    except TypeError as exc:
        print('TypeError:', exc)
for bad in ('a', 1.5, deque([2])):
    try:
        deque([1]) * bad
    except TypeError as exc:
        print('TypeError:', exc)
try:
    x = deque([1])
    x *= 'z'
except TypeError as exc:
    print('TypeError:', exc)
try:
    x = deque([1])
    x += 5
except TypeError as exc:
    print('TypeError:', exc)
print(d.__add__(deque('q')), d.__mul__(2), deque('ab').__imul__(2), deque('ab').__iadd__('cd'))
try:
    [1] + deque([2])
except TypeError as exc:
    print('TypeError:', exc)
