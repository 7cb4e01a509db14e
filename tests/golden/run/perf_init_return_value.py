# __init__ must return None: CPython's TypeError, from the fast path and
# from calls with keywords.
class Bad:
    def __init__(self, x, y=2):
        self.x = x
        return x


def make(*args, **kwargs):
    return Bad(*args, **kwargs)


for args, kwargs in [((None,), {}), ((1,), {}), (("s", 3), {}), ((2,), {"y": 5}), ((), {"x": [1]})]:
    try:
        b = make(*args, **kwargs)
        print("ok", b.x)
    except TypeError as e:
        print("TypeError:", e)
for v in [None, 0, 1.5]:
    try:
        b = Bad(v)
        print("direct ok", b.x)
    except TypeError as e:
        print("direct TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


def outer():
    return Bad(7)


outer()
