# __slots__ instances through the attribute paths.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def total(self):
        return self.a + getattr(self, "b", 0)


objs = [S(i) for i in range(5)]
print([o.total() for o in objs])
objs[0].b = 10
print(objs[0].total())
try:
    objs[1].c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(objs[2].b)
except AttributeError as e:
    print("AttributeError:", e)
del objs[0].a
try:
    objs[0].total()
except AttributeError as e:
    print("AttributeError:", e)


class T(S):
    pass


t = T(3)
t.c = 4
print(t.total(), t.c, t.__dict__)
