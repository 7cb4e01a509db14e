from collections import deque

d = deque('abcabcabc')
print(d.index('b'), d.index('b', 2), d.index('c', 3, 6), d.index('a', -3), d.index('a', -100))
print(d.count('a'), d.count('z'), deque().count(1))
for args in [('z',), ('a', 1, 3), ('b', 8), ('c', 0, -8)]:
    try:
        print(d.index(*args))
    except ValueError as e:
        print('ValueError:', e)
try:
    d.index('a', 'x')
except TypeError as e:
    print('TypeError:', e)
d.remove('b')
print(d)
try:
    d.remove('q')
except ValueError as e:
    print('ValueError:', e)
d.insert(0, 'start')
d.insert(100, 'end')
d.insert(-1, 'pre-end')
d.insert(-100, 'very-start')
print(d)
n = deque([1, 1.0, True, 2])
print(n.count(1), n.index(True), 1.0 in n)
n.remove(True)
print(n)

class Eq:
    def __eq__(self, other):
        print('eq called with', other)
        return other == 2

print(deque([1, 2, 3]).index(Eq()), deque([1, 2, 3]).count(Eq()))
