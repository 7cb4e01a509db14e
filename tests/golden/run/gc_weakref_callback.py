# A weak reference's callback runs when its referent dies.
import weakref


class T:
    def __init__(self, n):
        self.n = n


def callback(ref):
    print("callback, referent gone:", ref() is None)


t = T(1)
r = weakref.ref(t, callback)
print("alive:", r().n)
del t
print("after del")

t = T(2)
r1 = weakref.ref(t, lambda ref: print("first"))
r2 = weakref.ref(t, lambda ref: print("second"))
t = None
print("after rebinding")

t = T(3)
r3 = weakref.ref(t, callback)
del r3
del t
print("callback of a dead weakref does not run")
