# Objects that cannot be weakly referenced, and bad calls.
import weakref

for value in [1, 2.5, "s", b"b", [], {}, (), None, True, 10**30]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)


class C:
    pass


r = weakref.ref(C())
try:
    r(1)
except TypeError as e:
    print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
