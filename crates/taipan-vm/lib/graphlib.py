"""Topological sorting of a graph of hashable nodes: TopologicalSorter."""

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes (first one repeated)."""


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0
        self.successors = []


class TopologicalSorter:
    """Hand out the nodes of a graph in an order that respects dependencies."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add `node`, depending on each of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._handed_out > 0:
            raise ValueError("cannot prepare() after starting sort")
        if self._ready is None:
            self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """True while nodes remain to be handed out or marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out `nodes` as processed, releasing their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.waiting -= 1
                if succ.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (first repeated at the end), or None."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            iters = [iter(self._nodes[start].successors)]
            seen.add(start)
            while iters:
                nxt = next(iters[-1], _DONE)
                if nxt is _DONE:
                    del on_path[path.pop()]
                    iters.pop()
                    continue
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in seen:
                    continue
                seen.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(self._nodes[nxt].successors))
        return None

    def static_order(self):
        """An iterator over every node in a valid order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
