# After __class__ assignment the instance keeps its dict and identity.
class A:
    kind = "a"

    def __init__(self):
        self.values = [1, 2]

    def __repr__(self):
        return f"A({self.values})"


class B:
    kind = "b"

    def __repr__(self):
        return f"B({self.values}, {self.extra})"

    def __len__(self):
        return len(self.values)


x = A()
before = id(x)
x.__class__ = B
x.extra = "e"
print(x, len(x), x.kind, id(x) == before, vars(x))
x.__class__ = A
print(x, x.kind, hasattr(x, "extra"))
print(type(x) is A, x.__class__.__name__)
items = [A() for _ in range(3)]
for i, item in enumerate(items):
    if i % 2:
        item.__class__ = B
        item.extra = i
print(items)
