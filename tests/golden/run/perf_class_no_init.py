# Classes without their own __init__.
class Empty:
    pass


class Base:
    def __init__(self, v=1):
        self.v = v


class Derived(Base):
    pass


print(type(Empty()).__name__, Derived().v, Derived(5).v)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Empty(x=1)
except TypeError as e:
    print("TypeError:", e)
Empty.__init__ = lambda self, a: setattr(self, "a", a)
print(Empty(3).a)
del Empty.__init__
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
Base.__init__ = lambda self, v=0: setattr(self, "w", v)
d = Derived(9)
print(d.__dict__)
objs = [Empty() for _ in range(3)]
print(len(objs), all(type(o) is Empty for o in objs))
