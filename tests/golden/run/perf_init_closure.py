# __init__ functions with closures and cells, defined inside functions.
def make_class(scale):
    class Scaled:
        def __init__(self, v):
            self.v = v * scale
            self.get = lambda: self.v + scale

    return Scaled


S2 = make_class(2)
S3 = make_class(3)
print([S2(i).v for i in range(4)], [S3(i).get() for i in range(4)])


def counter_class():
    count = 0

    class Counted:
        def __init__(self):
            nonlocal count
            count += 1
            self.id = count

    return Counted, lambda: count


C, how_many = counter_class()
ids = [C().id for _ in range(5)]
print(ids, how_many())


class WithSuper:
    def __init__(self, x):
        self.x = x


class Child(WithSuper):
    def __init__(self, x):
        super().__init__(x * 2)
        self.cls = __class__.__name__


print(Child(4).x, Child(4).cls)
