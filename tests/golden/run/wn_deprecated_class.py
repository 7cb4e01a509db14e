# warnings.deprecated on classes: instantiation and subclassing warn
import warnings
from warnings import deprecated

warnings.simplefilter("always")


@deprecated("Old is old")
class Old:
    def __init__(self, x):
        self.x = x


o = Old(5)
print(o.x, Old.__deprecated__)


class Child(Old):
    pass


c = Child(7)
print(c.x)


@deprecated("Plain class")
class Plain:
    pass


Plain()
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


@deprecated("with init_subclass")
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass of", cls.__name__, kw)


class Derived(Base, flag=1):
    pass


@deprecated("has __new__")
class WithNew:
    def __new__(cls, value):
        inst = super().__new__(cls)
        inst.value = value * 2
        return inst


print(WithNew(21).value)
