from dataclasses import dataclass, field, KW_ONLY

@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, repr=False)

cases = [((), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 2}), ((1,), {'q': 2}), ((), {'y': 1}), ((1, 2, 3), {'z': 4})]
for a, k in cases:
    try:
        P(*a, **k)
    except TypeError as e:
        print(e)

@dataclass
class Three:
    a: int
    b: int
    c: int
for n in range(3):
    try:
        Three(*range(n))
    except TypeError as e:
        print(e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 2
for a, k in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2), {'b': 3})]:
    try:
        print(K(*a, **k))
    except TypeError as e:
        print(e)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
try:
    Empty(1)
except TypeError as e:
    print(e)
