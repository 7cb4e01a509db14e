from collections import deque

d = deque([1, 2, 3])
calls = [
    lambda: d.append(),
    lambda: d.append(1, 2),
    lambda: d.append(x=1),
    lambda: d.pop(1),
    lambda: d.popleft(0),
    lambda: d.rotate(1, 2),
    lambda: d.index(),
    lambda: d.index(1, 2, 3, 4),
    lambda: d.insert(1),
    lambda: d.extend(),
    lambda: d.extend(5),
    lambda: d.extendleft(None),
    lambda: d.count(),
    lambda: d.remove(),
    lambda: d.clear(1),
    lambda: d.reverse(1),
    lambda: d.copy(1),
    lambda: deque(1, 2, 3),
    lambda: deque(foo=1),
    lambda: deque(5),
    lambda: deque.append(1, 2),
    lambda: deque.append(),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d.foo,
    lambda: len(iter(d)),
    lambda: d.__bool__(),
]
for call in calls:
    try:
        print(call())
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(d)
