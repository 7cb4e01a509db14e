# Calling a weak reference with arguments is a TypeError.
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(r() is c)
r(c)
