# heapq functions: argument checks, list subclasses, user-defined ordering, stability of ties.
import heapq
class MyList(list):
    pass
h = MyList([5, 3, 8, 1])
heapq.heapify(h); print(h, type(h).__name__, heapq.heappop(h), h)
heapq.heappush(h, 0); print(h)
class Task:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, other): return self.pri < other.pri
    def __repr__(self): return f'{self.name}:{self.pri}'
tasks = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'z')]:
    heapq.heappush(tasks, Task(p, n))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
mx = [Task(2, 'x'), Task(9, 'y'), Task(4, 'w')]
heapq.heapify_max(mx); print(mx[0], heapq.heappushpop_max(mx, Task(5, 'v')), heapq.heapreplace_max(mx, Task(1, 'u')), mx)
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 0), heapq.heappushpop([1], 2))
for bad in [lambda: heapq.heappush([]), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop(), lambda: heapq.heapify([], []),
            lambda: heapq.heappush((), 1), lambda: heapq.heappop({}), lambda: heapq.heapify('abc'), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush([1], None), lambda: heapq.heappush(h, 'x'), lambda: heapq.heappush(heap=[], item=1),
            lambda: heapq.heappop_max([]), lambda: heapq.heappush_max(None, 1)]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print(h)
