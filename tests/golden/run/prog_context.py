# Context managers: timing-free resource tracking, suppression, nesting, errors.
class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print("close", self.name, exc_type.__name__ if exc_type else None, exc)
        if self.fail_on_exit:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, t, e, tb):
        if t is not None and issubclass(t, self.types):
            self.caught.append(repr(e))
            return True
        return False


with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name, Resource.opened)
s = Suppress(KeyError, ZeroDivisionError)
for k in ["x", 0, "y"]:
    with s:
        with Resource(f"r{k}"):
            if k == 0:
                1 / k
            {}[k]
print(s.caught, Resource.opened)
try:
    with Resource("outer"):
        with Resource("inner", fail_on_exit=True):
            raise ValueError("body failed")
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))


def gen_resource():
    print("setup")
    try:
        yield 42
    finally:
        print("teardown")


g = gen_resource()
print(next(g))
g.close()
with Resource("last"):
    raise KeyError("unhandled")
