# heappop on an empty heap: uncaught IndexError.
import heapq
h = [3, 1, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)], h)
heapq.heappop(h)
