# an exception raised by a weakref callback is reported and ignored
import weakref
class T:
    pass
class Callback:
    def __repr__(self):
        return "<callback>"
    def __call__(self, ref):
        print("callback for dead ref:", ref() is None)
        raise RuntimeError("callback failed")
t = T()
r = weakref.ref(t, Callback())
del t
print("still running")
