# heapq as a priority queue: Dijkstra, top-k with nlargest/nsmallest, merge of sorted runs.
import heapq
graph = {'A': {'B': 4, 'C': 1}, 'B': {'D': 1}, 'C': {'B': 2, 'D': 5}, 'D': {}}
def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return dist
print(dijkstra('A'))
scores = {'ann': 91, 'bob': 78, 'cyd': 91, 'dee': 64, 'eve': 88}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [1, 3, 3, 2]), heapq.nsmallest(3, 'hello'), heapq.nlargest(1, []))
runs = [[1, 5, 9], [2, 6], [0, 7, 8, 10]]
print(list(heapq.merge(*runs)), list(heapq.merge(*[reversed(r) for r in runs], reverse=True)))
print(list(heapq.merge(['apple', 'fig'], ['kiwi', 'banana'], key=len)))
h = []
for item in [5, 7, 9, 1, 3]:
    if len(h) < 3:
        heapq.heappush(h, item)
    else:
        heapq.heappushpop(h, item)
print(sorted(h))
print(heapq.heapreplace([1, 2], 0), heapq.heappushpop([1, 2], 0))
mh = []
for x in [4, 1, 7, 3]:
    heapq.heappush_max(mh, x)
print(heapq.heappop_max(mh), heapq.heappop_max(mh), mh)
big = list(range(50, 0, -1)); heapq.heapify(big)
print([heapq.heappop(big) for _ in range(5)], all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
