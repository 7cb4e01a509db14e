# A generator's locals are released when it finishes or is freed.
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    r = R(1)
    yield 1
    yield 2


g = gen()
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print("--")
g = gen()
print(next(g))
del g
print("generator freed")
