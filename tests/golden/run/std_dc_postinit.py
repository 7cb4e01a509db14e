from dataclasses import dataclass, field, fields, InitVar

@dataclass
class I:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale

print(I(3), I(3, 5), [f.name for f in fields(I)])

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=True)
    def __post_init__(self):
        if self.w < 0:
            raise ValueError("negative width")
        self.area = self.w * self.h

print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print(e)

@dataclass
class C:
    items: list = field(default_factory=list)
    counter: int = field(default=10, init=False)
c = C()
print(c, c.counter)
try:
    C(counter=1)
except TypeError as e:
    print(e)
print(repr(InitVar[int]), InitVar[str].type)
