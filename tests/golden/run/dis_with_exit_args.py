# __exit__ gets (type, value, traceback); its result decides suppression
import traceback

class CM:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t, type(v).__name__, type(tb).__name__)
        return self.result

class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  result bool", self.v)
        return self.v

for result in [None, 0, 1, "", "yes", [], [0], Truth(False), Truth(True)]:
    try:
        with CM(result):
            raise ValueError(result.v if isinstance(result, Truth) else repr(result))
        print("suppressed by", repr(result) if not isinstance(result, Truth) else result.v)
    except ValueError as e:
        print("raised", e)

class BadBool:
    def __bool__(self):
        raise RuntimeError("bad bool")

try:
    with CM(BadBool()):
        raise ValueError("x")
except RuntimeError as e:
    print("from bool:", e, "context:", repr(e.__context__))

class Raising:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise KeyError("exit failed")

try:
    with Raising():
        raise ValueError("original")
except KeyError as e:
    print("exit error:", e, "context:", repr(e.__context__))

with CM(False):
    pass
