@decorator
def f():
    pass
@dec.attr
@dec.factory(1, key="v")
@(lambda fn: fn)
@functions[0]
@a if b else c
@(yield_value := other)
def g():
    pass
@dataclass(frozen=True)
class Point:
    x: int
    y: int
@x @ y
def h():
    pass
