from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None

root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(child)
root.children.append(root)
print(root)

@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = "c"
    def __post_init__(self):
        Counter.total += 1

Counter(); Counter("d")
print(Counter.total, [f.name for f in fields(Counter)], Counter())

@dataclass
class Nested:
    inner: "Nested | None" = None
    label: str = "n"
print(Nested(Nested()))

@dataclass
class Linked:
    value: int
    next: Linked | None = None
print(Linked(1, Linked(2)), [f.name for f in fields(Linked)])
