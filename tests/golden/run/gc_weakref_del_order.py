# __del__ runs before the weak reference callbacks.
import weakref


class T:
    def __del__(self):
        print("__del__")


t = T()
r = weakref.ref(t, lambda ref: print("callback", ref() is None))
del t
print("end", r())
