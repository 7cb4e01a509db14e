# Instances referring to themselves or each other.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.links = None


gc.collect()
n = Node("solo")
n.links = n
del n
print("self:", gc.collect())

a = Node("a")
b = Node("b")
a.links = b
b.links = a
del a, b
print("pair:", gc.collect())

ring = [Node(i) for i in range(5)]
for i, node in enumerate(ring):
    node.links = ring[(i + 1) % 5]
del ring, node
print("ring of five:", gc.collect())


class Self:
    def __init__(self):
        self.me = self


objs = [Self() for _ in range(7)]
del objs
print("seven:", gc.collect())
