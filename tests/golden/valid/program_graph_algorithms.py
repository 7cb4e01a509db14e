"""Breadth-first search and Dijkstra on a small graph."""

import heapq
from collections import deque
from math import inf

Graph = dict[str, dict[str, float]]

GRAPH: Graph = {
    "a": {"b": 7, "c": 9, "f": 14},
    "b": {"a": 7, "c": 10, "d": 15},
    "c": {"a": 9, "b": 10, "d": 11, "f": 2},
    "d": {"b": 15, "c": 11, "e": 6},
    "e": {"d": 6, "f": 9},
    "f": {"a": 14, "c": 2, "e": 9},
}


def bfs(graph: Graph, start: str) -> list[str]:
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in sorted(graph[node].keys() - seen):
            seen.add(nxt)
            queue.append(nxt)
    return order


def dijkstra(graph: Graph, source: str) -> tuple[dict[str, float], dict[str, str | None]]:
    dist = {node: inf for node in graph}
    prev: dict[str, str | None] = dict.fromkeys(graph)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u].items():
            if (alt := d + w) < dist[v]:
                dist[v], prev[v] = alt, u
                heapq.heappush(heap, (alt, v))
    return dist, prev


def path(prev, target):
    out = []
    while target is not None:
        out.insert(0, target)
        target = prev[target]
    return out


dist, prev = dijkstra(GRAPH, "a")
print(bfs(GRAPH, "a"), dist["e"], " -> ".join(path(prev, "e")))
