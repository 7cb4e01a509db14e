# Mutating a deque while iterating over it raises RuntimeError.
from collections import deque
d = deque('abc')
seen = []
for ch in d:
    seen.append(ch)
print(seen)
for ch in d:
    print('visiting', ch)
    if ch == 'b':
        d.appendleft('z')
