import reprlib
from collections import deque

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefgh")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr("x" * 100))
print(reprlib.repr("short"))
print(reprlib.repr(10 ** 60), reprlib.repr(12345))
print(reprlib.repr(deque(range(10))))
print(reprlib.repr([[[[[[[1]]]]]]]))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))


class Big:
    def __repr__(self):
        return "<Big " + "y" * 50 + ">"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Big()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
r = reprlib.Repr(maxlist=3, maxstring=10, fillvalue="…")
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"))
r2 = reprlib.Repr(indent=2, maxlevel=3)
print(r2.repr([1, [2, [3, [4]]], {"k": (5, 6)}]))
print(reprlib.Repr(indent="-->").repr([1, 2]))
print(reprlib.Repr(maxlevel=1).repr([[1, 2], {1: 2}, (3,), []]))
print(reprlib.repr({3, 2.5, 1}))
try:
    reprlib.Repr(indent=-1).repr([1])
except ValueError as e:
    print("ValueError:", e)
try:
    reprlib.Repr(indent=1.5).repr([1])
except TypeError as e:
    print("TypeError:", e)
try:
    reprlib.Repr(5)
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


a = Node("a")
a.children.append(Node("b"))
a.children.append(a)
print(repr(a))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class L(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return "L" + "|".join(map(repr, self))


x = L([1, 2])
x.append(x)
print(repr(x))
