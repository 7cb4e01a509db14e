# Exceptions of user classes honour properties, descriptors, __getattr__
# and __setattr__ like any instance.
class Coded(Exception):
    @property
    def code(self):
        return len(self.args) * 10

    @code.setter
    def code(self, v):
        print("setting code", v)


e = Coded("a", "b")
print(e.code)
e.code = 7
print(e.__dict__, e.args)


class ReadOnly(ValueError):
    @property
    def kind(self):
        return "ro"


r = ReadOnly("x")
print(r.kind)
try:
    r.kind = 1
except AttributeError as err:
    print("AttributeError:", err)


class Lazy(KeyError):
    def __getattr__(self, name):
        return f"lazy {name}"


k = Lazy("k")
print(k.anything, k.args)


class Logged(RuntimeError):
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)


g = Logged("boom")
g.detail = 3
print(g.detail, g.__dict__)


class Twice:
    def __get__(self, obj, owner=None):
        return None if obj is None else obj.args * 2


class Doubled(Exception):
    twice = Twice()


print(Doubled(1).twice)
plain = ValueError("v")
plain.note = "n"
print(plain.__dict__)
try:
    raise Coded("x")
except Coded as caught:
    print("caught", caught.code)
