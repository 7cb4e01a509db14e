# Graph algorithms on an adjacency dict: BFS, DFS, Dijkstra, topological sort.
GRAPH = {
    "a": {"b": 7, "c": 9, "f": 14},
    "b": {"a": 7, "c": 10, "d": 15},
    "c": {"a": 9, "b": 10, "d": 11, "f": 2},
    "d": {"b": 15, "c": 11, "e": 6},
    "e": {"d": 6, "f": 9},
    "f": {"a": 14, "c": 2, "e": 9},
}


def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(graph, node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen


def dijkstra(graph, source):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[source] = 0
    todo = set(graph)
    while todo:
        u = min(sorted(todo), key=dist.__getitem__)
        todo.remove(u)
        for v, w in graph[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def toposort(deps):
    order, state = [], {}

    def visit(n):
        if state.get(n) == 1:
            raise ValueError(f"cycle through {n}")
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in deps.get(n, ()):
            visit(m)
        state[n] = 2
        order.append(n)

    for n in sorted(deps):
        visit(n)
    return order


print(bfs(GRAPH, "a"), dfs(GRAPH, "a"))
dist, prev = dijkstra(GRAPH, "a")
print(dist)
print(path(prev, "e"), dist["e"])
print(toposort({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": []}))
try:
    toposort({"x": ["y"], "y": ["z"], "z": ["x"]})
except ValueError as e:
    print("error:", e)
