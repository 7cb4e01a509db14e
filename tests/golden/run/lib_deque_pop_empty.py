# pop from an empty deque: uncaught IndexError.
from collections import deque
d = deque([1])
print(d.pop())
print(len(d), d)
d.popleft()
