# Which objects the collector tracks.
import gc


class C:
    pass


def f():
    pass


values = [
    0, 10**40, 1.5, True, None, "text", b"bytes",
    (), (1, 2), ([],),
    [], [1, 2], {}, {"a": 1}, set(), {1, 2},
    C, C(), f, gc, range(3), iter([1]),
]
for v in values:
    print(type(v).__name__, gc.is_tracked(v))
try:
    gc.is_tracked()
except TypeError as e:
    print(e)
