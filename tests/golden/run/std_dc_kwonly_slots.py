from dataclasses import dataclass, field, fields, KW_ONLY

@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1), [f.kw_only for f in fields(Opts)])
try:
    Opts(1)
except TypeError as e:
    print(e)

@dataclass
class Mixed:
    x: int
    y: int = field(default=5, kw_only=True)
    z: int = 0
print(Mixed(1, 2), Mixed(1, y=9), Mixed.__match_args__)

@dataclass
class After:
    a: int = 0
    _: KW_ONLY
    b: int
print(After(b=1), After(3, b=4))

@dataclass(slots=True)
class S:
    x: int
    y: int = 0

s = S(1)
print(s, S.__slots__, "__dict__" in dir(s) if False else "-")
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError")
s.y = 7
print(s, S(1) == S(1, 0))

@dataclass(frozen=True, slots=True)
class FS:
    v: int
print(FS(3), hash(FS(3)) == hash((3,)))
