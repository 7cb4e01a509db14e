from __future__ import annotations

# With the future import, annotations are strings; module and class
# annotations are stored eagerly.
import sys


def f(a: int, b: list[Undefined] = None, *args: str, **kw: dict[str, int]) -> Node | None:
    pass


print(f.__annotations__)
print(f.__annotate__(1))


class Node:
    value: int
    next: Node | None
    other: "quoted"

    def m(self, x: Node) -> tuple[int, ...]:
        pass


print(Node.__annotations__)
print(Node.m.__annotations__)
x: dict[str, list[int]] = {}
y: Undefined
print(__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
