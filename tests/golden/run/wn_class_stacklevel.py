# stacklevel=2 from methods the interpreter calls: __init__, __new__,
# __init_subclass__, metaclass __call__, properties
import warnings

warnings.simplefilter("always")


class A:
    def __init__(self):
        warnings.warn("A.__init__", stacklevel=2)


class B:
    def __new__(cls):
        warnings.warn("B.__new__", stacklevel=2)
        return super().__new__(cls)


class Base:
    def __init_subclass__(cls, **kw):
        warnings.warn(f"subclass {cls.__name__}", stacklevel=2)


class Meta(type):
    def __call__(cls, *args):
        warnings.warn("Meta.__call__", stacklevel=2)
        return super().__call__(*args)


class M(metaclass=Meta):
    pass


A()
B()


class Sub(Base):
    pass


M()


def helper():
    return A()


helper()
print("done")
