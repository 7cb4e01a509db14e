from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class F:
    x: int
    y: str = "a"

f = F(1)
try:
    f.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.y
except FrozenInstanceError as e:
    print(e)
try:
    f.new = 1
except AttributeError as e:
    print(e)
print(f, hash(f) == hash((1, "a")), {f: 1}[F(1)], len({F(1), F(1), F(2)}))

@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print(e)

@dataclass(unsafe_hash=True)
class U:
    x: int
    y: int = 0
print(hash(U(1, 2)) == hash((1, 2)))

@dataclass(eq=False)
class NoEq:
    x: int
a = NoEq(1)
print(a == NoEq(1), a == a, hash(a) == hash(a))

@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 7
print(hash(Explicit(1)))

@dataclass(frozen=True)
class Base:
    a: int
try:
    @dataclass
    class Child(Base):
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Thawed:
        a: int
    @dataclass(frozen=True)
    class Frosty(Thawed):
        b: int
except TypeError as e:
    print(e)
