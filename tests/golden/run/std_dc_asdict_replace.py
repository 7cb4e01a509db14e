from dataclasses import dataclass, field, asdict, astuple, replace
from typing import NamedTuple

class Pair(NamedTuple):
    a: int
    b: int

@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: Pair = Pair(1, 2)

o = Outer("o", Inner(1, ["t"]), [Inner(2), Inner(3)], {"k": Inner(4)})
d = asdict(o)
print(d)
print(astuple(o))
print(d["inner"]["tags"] is not o.inner.tags)
print(asdict(Inner(5), dict_factory=lambda kv: [k for k, v in kv]))
for bad in (asdict, astuple):
    try:
        bad(3)
    except TypeError as e:
        print(e)

@dataclass(frozen=True)
class Cfg:
    host: str
    port: int = 80
    debug: bool = field(default=False, init=False)

c = Cfg("h")
c2 = replace(c, port=8080)
print(c, c2, c is not c2)
try:
    replace(c, debug=True)
except TypeError as e:
    print(e)
try:
    replace(c, nope=1)
except TypeError as e:
    print(e)
try:
    replace(3, x=1)
except TypeError as e:
    print(e)
