from collections import deque

d = deque('abcdef')
print(d[0], d[5], d[-1], d[-6], d[True])
d[1] = 'B'
d[-2] = 'E'
print(d)
del d[0]
del d[-1]
print(d)

class I:
    def __index__(self):
        return 1

print(d[I()])
d[I()] = 'via-index'
del d[I()]
print(d)
for key in (10, -10, 'x', 1.0, slice(0, 2), None):
    try:
        print(d[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for key in (10, 'x'):
    try:
        d[key] = 1
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        del d[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    deque()[0]
except IndexError as e:
    print('IndexError:', e)
print(d.__getitem__(0), d.__setitem__(0, 'S'), d.__delitem__(1), d)
big = deque(range(1000))
print(big[500], big[-500], sum(big[i] for i in range(0, 1000, 100)))
