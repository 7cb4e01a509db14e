class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kwargs):
        fields = [k for k in ns if not k.startswith("_")]
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = fields
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls.fields)
    def __iter__(cls):
        return iter(cls.fields)
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

class Model(metaclass=OrderedMeta, tag="x"):
    b = 1
    a = 2
    def method(self):
        return self.injected

print(Model, repr(Model), Model.fields, len(Model), list(Model), Model["k"])
print(Model().method(), type(Model).__name__, str(Model))
class Sub(Model):
    z = 0
print(Sub.fields, Sub, isinstance(Sub, OrderedMeta))
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class A(metaclass=Registry): pass
class B(A): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
