class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")

l = Lazy()
print(l.real, l.xyz)
try:
    l.abc
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "xq"), getattr(l, "nope", "default"), hasattr(l, "nope"))

class Logged:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

g = Logged()
g.a = 21
print(g.a)
del g.a
try:
    g.a
except AttributeError as e:
    print("AttributeError:", e)

class Fallback:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.magic, f.other)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
fr = Frozen(3)
print(fr.v)
try:
    fr.v = 4
except AttributeError as e:
    print("AttributeError:", e)
setattr(l, "dyn", 9)
print(l.dyn)
