from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == a, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque() < deque([0]), deque([1, 2]) < deque([1, 2, 0]), deque('ab') == deque('ab'))
print(deque([1]) == [1], deque([1]) != [1], [1] == deque([1]), deque([1]) == (1,))
print(deque([1, 2], maxlen=5) == deque([1, 2]))
n = float('nan')
print(deque([n]) == deque([n]))
print(a.__eq__([1, 2, 3]), a.__lt__(b), a.__ge__(b))
for other in ([1, 2], (1,), 'abc', 5):
    try:
        print(a < other)
    except TypeError as e:
        print('TypeError:', e)
try:
    deque([1, 'x']) < deque([1, 2])
except TypeError as e:
    print('TypeError:', e)

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f'Rev({self.v})'

print(deque([Rev(1)]) < deque([Rev(2)]), deque([Rev(3), Rev(1)]) < deque([Rev(3), Rev(0)]))
print(sorted([deque([3]), deque([1, 2]), deque([1])]))
print(max(deque([4, 9, 2])), min(deque('zyx')), sum(deque(range(10))))
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
try:
    {a: 1}
except TypeError as e:
    print('TypeError:', e)
