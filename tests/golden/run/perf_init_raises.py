# __init__ raising, inside the run loop: handlers in the caller see it.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v


made = []
for v in [1, -1, 2, -3]:
    try:
        made.append(Strict(v).v)
    except ValueError as e:
        print("caught", e)
print(made)


def deep(n):
    if n == 0:
        return Strict(-99)
    return deep(n - 1)


try:
    deep(3)
except ValueError as e:
    print("deep", e)


class Wrapper:
    def __init__(self, v):
        try:
            self.inner = Strict(v)
        except ValueError:
            self.inner = None
            raise KeyError(v)


try:
    Wrapper(-5)
except KeyError as e:
    print("chained:", repr(e), repr(e.__context__))
Wrapper(-7)
