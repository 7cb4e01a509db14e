# Functions, classes, sets and methods can be weakly referenced.
import weakref


def f():
    return 42


class K:
    def m(self):
        return "m"


print(weakref.ref(f)()())
print(weakref.ref(K)() is K)
s = {1, 2}
print(weakref.ref(s)() is s)
k = K()
print(weakref.ref(k)().m())
g = (x for x in range(3))
print(list(weakref.ref(g)()))
import gc
print(weakref.ref(gc)() is gc)
r = weakref.ref(f)
print(weakref.ref(r)() is r)
