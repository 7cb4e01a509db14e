from collections import deque

d = deque([1, 'two', 3.0, None, (4,), [5]])
print(d, repr(d), str(d))
d.append(d)
print(d)
outer = deque([deque([1, deque()]), []], maxlen=5)
print(outer)
outer[1].append(outer)
print(outer)
print(deque(maxlen=0), deque([], 3))

class R:
    def __repr__(self):
        return 'R!'

print(deque([R(), R()], maxlen=2))
print(f'{deque([1])}', '%s' % (deque('a'),), format(deque('b')))
print([deque([1])], {'k': deque([2])}, (deque(),))

class Boom:
    def __repr__(self):
        raise ValueError('no repr')

try:
    repr(deque([Boom()]))
except ValueError as e:
    print('ValueError:', e)
print(deque([1]))
