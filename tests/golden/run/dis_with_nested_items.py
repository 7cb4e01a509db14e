# several with items nest: a failing __enter__ exits the ones before it
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

try:
    with CM("a") as a, CM("b", fail_enter=True) as b, CM("c"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

with CM("outer", suppress=True), CM("inner"):
    raise ValueError("x")
print("suppressed by outer")

with CM("p") as p, CM("q") as q:
    print("body", p, q)

def gen():
    with CM("g1"), CM("g2"):
        yield 1
        yield 2

g = gen()
print(next(g))
g.close()
print("closed")
