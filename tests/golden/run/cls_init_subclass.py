registry = {}

class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[name or cls.__name__] = cls
        print("registered", cls.__name__, "as", name)

class A(Plugin):
    pass

class B(Plugin, name="bee"):
    pass

class C(B):
    pass

print(sorted(registry))
try:
    class D(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    class E(Plain, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count
class F(Counted): pass
class G(Counted): pass
print(F.index, G.index, Counted.count)
