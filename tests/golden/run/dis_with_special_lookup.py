# LOAD_SPECIAL looks __enter__/__exit__ up on the type, not the instance
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return False

c = CM()
c.__enter__ = lambda: print("instance enter")
c.__exit__ = lambda *a: print("instance exit")
with c as got:
    print("same object:", got is c)

class Static:
    __enter__ = staticmethod(lambda: "static enter")

    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__, a[0])
        return True

with Static() as s:
    print("as", s)
    raise KeyError("swallowed")
print("after Static")

class Callable:
    def __call__(self, *a):
        print("callable exit got", len(a), "args")
        return 0

class WithCallable:
    __exit__ = Callable()

    def __enter__(self):
        return "entered"

with WithCallable() as w:
    print(w)

class Base:
    def __enter__(self):
        print("Base.enter", type(self).__name__)
        return 5

    def __exit__(self, *a):
        print("Base.exit")

class Derived(Base):
    pass

with Derived() as d, Derived() as e:
    print(d + e)

class Meta(type):
    def __getattr__(cls, name):
        print("meta getattr", name)
        raise AttributeError(name)

class NoCM(metaclass=Meta):
    def __getattr__(self, name):
        print("instance getattr", name)
        raise AttributeError(name)

try:
    with NoCM():
        pass
except TypeError as e:
    print(e)
