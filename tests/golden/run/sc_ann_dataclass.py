# Libraries that read annotations: dataclasses, NamedTuple, TypedDict,
# singledispatch, get_type_hints, with forward references.
from dataclasses import dataclass, field, fields
from functools import singledispatch
from typing import NamedTuple, TypedDict, get_type_hints, Optional


@dataclass
class Tree:
    label: str
    left: Optional[Tree] = None
    right: Tree | None = None
    tags: list[str] = field(default_factory=list)


t = Tree("root", Tree("l"))
print(t)
print([f.name for f in fields(Tree)])


class Point(NamedTuple):
    x: int
    y: int = 0


print(Point(1), Point._fields, Point.__annotations__)


class Movie(TypedDict):
    title: str
    year: int


print(Movie.__annotations__, Movie(title="x", year=1))


@singledispatch
def show(x):
    return "default"


@show.register
def _(x: int):
    return "int"


@show.register
def _(x: list | tuple):
    return "sequence"


print(show(1), show([1]), show((1,)), show("s"))


class Hinted:
    a: int
    b: "list[int]"


print(get_type_hints(Hinted))
