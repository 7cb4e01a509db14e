from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        return "closed"

class Rock:
    pass

print(isinstance(File(), Closer), isinstance(Rock(), Closer), isinstance(1, Closer))
print(issubclass(File, Closer), issubclass(Rock, Closer))

class Drawable(Protocol):
    def draw(self) -> str: ...

try:
    isinstance(File(), Drawable)
except TypeError as e:
    print(e)
try:
    Drawable()
except TypeError as e:
    print(e)

class Canvas(Drawable):
    def draw(self):
        return "drawn"
print(Canvas().draw(), isinstance(Canvas(), Canvas))

@runtime_checkable
class HasArea(Protocol):
    area: float
    def scale(self, k: float) -> None: ...

class Sq:
    def __init__(self):
        self.area = 1.0
    def scale(self, k):
        self.area *= k

print(isinstance(Sq(), HasArea), isinstance(File(), HasArea))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-2.5, SupportsAbs))
try:
    runtime_checkable(int)
except TypeError as e:
    print(e)
