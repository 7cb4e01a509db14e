from collections import deque
import operator

d = deque(range(5))
it = iter(d)
print(type(it).__name__, type(it).__module__, type(reversed(d)).__name__)
print(operator.length_hint(it), next(it), operator.length_hint(it), it.__length_hint__())
print(list(it), operator.length_hint(it), list(it))
r = reversed(d)
print(next(r), list(r), list(reversed(deque())))
print(iter(it) is it, [x * 2 for x in d], list(enumerate(deque('ab'))))
print(list(zip(d, reversed(d))), sorted(deque([3, 1, 2]), reverse=True))
a, b, *rest = deque('xyzw')
print(a, b, rest)
print(set(deque([1, 1, 2])), dict.fromkeys(deque('ab')), tuple(deque()), ''.join(deque('hey')))
print(max(deque([2, 7, 1]), key=lambda v: -v), any(deque([0, 0, 1])), all(deque()))
print(*deque(['star', 'args']))
e = deque([1])
it2 = iter(e)
e.extend([2, 3])
try:
    next(it2)
except RuntimeError as exc:
    print('RuntimeError:', exc)
e.popleft()
print(e.__iter__().__next__(), e.__reversed__().__next__())
