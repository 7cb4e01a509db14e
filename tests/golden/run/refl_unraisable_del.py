# an exception raised by a finalizer is reported ("Exception ignored ...") and the program goes on
class Hook:
    def __init__(self, kind, *args):
        self.kind = kind
        self.args = args
    def __repr__(self):
        return "<del hook>"
    def __call__(self, *args):
        print("finalizer called with", len(args), "arguments")
        raise self.kind(*self.args)
class C:
    __del__ = Hook(ZeroDivisionError, "division by zero")
c = C()
del c
print("after del")
class D:
    __del__ = Hook(ValueError, "bad", 2)
D()
print("after temporary")
def make():
    x = C()
make()
print("after return")
class E:
    __del__ = Hook(KeyError, "k")
items = [E(), E()]
items.clear()
print("end")
