class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


def depth(node):
    n = 0
    while node is not None:
        node = node.child
        n += 1
    return n


print(depth(Node(100)))
