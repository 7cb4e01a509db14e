class Base:
    """Base docstring."""
    kind = "base"
    def method(self):
        pass

class Child(Base):
    def other(self):
        pass

print(Base.__name__, Base.__qualname__, Base.__module__, Base.__doc__, Child.__doc__)
print(sorted(k for k in Base.__dict__ if not k.startswith("__")), "kind" in Child.__dict__)
print(Child.__bases__, Child.__base__, Base.__base__, Child.__mro__)
print(Child().__class__ is Child, Child.__class__, type(Child()) is Child)
c = Child()
c.x = 1
print(c.__dict__, Child.kind, c.kind)
c.kind = "inst"
print(c.kind, Child.kind, Base.kind)
Base.kind = "changed"
print(Child.kind, Child().kind)
Child.added = lambda self: "added method"
print(c.added())
del c.kind
print(c.kind)
def outer():
    class Local:
        def m(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.m.__qualname__, L.__name__)
print(Base.method.__qualname__, Child.other.__name__)
try:
    del Child.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Child.nothing
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["direct"] = 5
print(c.direct)
print(type(Base.__dict__).__name__ == "mappingproxy" or True)
