# References without callback are shared; equality follows the referents.
import weakref


class C:
    pass


a = C()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1 == r2)
r3 = weakref.ref(a, lambda r: None)
print(r3 is r1, r3 == r1)
b = C()
rb = weakref.ref(b)
print(r1 == rb, r1 != rb)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b))
print(weakref.getweakrefcount(5))
del a
print(r1 == r3, r1 == r1)
print(type(r1).__name__)
