# Recursion through __init__ frames reaches the recursion limit.
import sys


class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1) if depth < 100000 else None


try:
    Node(0)
except RecursionError as e:
    print("RecursionError:", e)


class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None


def length(c):
    n = 0
    while c is not None:
        n += 1
        c = c.next
    return n


print(length(Chain(200)))
sys.setrecursionlimit(150)
try:
    Chain(1000)
except RecursionError as e:
    print("limited:", e)
print(length(Chain(50)))
