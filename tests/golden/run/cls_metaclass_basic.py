class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
    def method(self):
        return 1

class Child(Base, flavor="x"):
    pass

b = Base(3)
print(b.v, Base.tag, Child.tag)
print(type(Base) is Meta, type(Child).__name__, isinstance(Base, Meta), isinstance(Base, type))
print(Base.describe(), Child.describe())
c = Child(4)
print(type(c).__name__, c.v)
print(type(Meta), type(type), type(object))
