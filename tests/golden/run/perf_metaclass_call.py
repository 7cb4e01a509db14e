# Classes whose metaclass defines __call__ (or only inherits type's).
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


class PlainMeta(type):
    pass


class UsesPlain(metaclass=PlainMeta):
    def __init__(self, v):
        self.v = v * 2


print(WithMeta(1).v)
print([UsesPlain(i).v for i in range(3)])


class Singleton(type):
    instances = {}

    def __call__(cls, *args):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args)
        return Singleton.instances[cls]


class One(metaclass=Singleton):
    def __init__(self, tag):
        print("init once", tag)
        self.tag = tag


a = One("first")
b = One("second")
print(a is b, a.tag)
Meta.__call__ = lambda cls, *a: "replaced"
print(WithMeta(5))
