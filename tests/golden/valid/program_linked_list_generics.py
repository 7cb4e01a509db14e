"""A generic singly linked list using PEP 695 syntax."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import overload


class Node[T]:
    __slots__ = ("value", "next")

    def __init__(self, value: T, next: Node[T] | None = None) -> None:
        self.value = value
        self.next = next


type Predicate[T] = Callable[[T], bool]


class LinkedList[T]:
    def __init__(self, items: Iterable[T] = ()) -> None:
        self.head: Node[T] | None = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value: T) -> None:
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self) -> int:
        return self._size

    @overload
    def find(self, pred: Predicate[T]) -> T | None: ...
    @overload
    def find(self, pred: Predicate[T], default: T) -> T: ...
    def find(self, pred, default=None):
        return next((v for v in self if pred(v)), default)

    def map[U](self, fn: Callable[[T], U]) -> LinkedList[U]:
        return LinkedList(fn(v) for v in self)


numbers = LinkedList(range(10))
print(list(numbers.map(lambda n: n * n)), numbers.find(lambda n: n > 4))
