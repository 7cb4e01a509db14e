# A weak reference to an object in a garbage cycle dies at collection.
import gc
import weakref


class N:
    pass


gc.collect()
a = N()
b = N()
a.b = b
b.a = a
ra = weakref.ref(a, lambda r: print("callback for a"))
rb = weakref.ref(b)
del a, b
print("before collect:", ra() is not None, rb() is not None)
print("collected:", gc.collect())
print("after collect:", ra(), rb())
