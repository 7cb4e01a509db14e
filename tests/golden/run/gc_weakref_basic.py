# weakref.ref: returns the object while it lives, None afterwards.
import weakref


class Target:
    def __init__(self, name):
        self.name = name


t = Target("t")
r = weakref.ref(t)
print(r() is t, r().name)
print(callable(r))
del t
print(r())
print(r() is None)

t2 = Target("t2")
r2 = weakref.ref(t2)
t2 = Target("other")
print(r2())


def f():
    obj = Target("local")
    return weakref.ref(obj)


print(f()())
