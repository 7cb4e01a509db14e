# __class__ assignment with __setattr__, properties and super().
class Base:
    def describe(self):
        return "base"


class Loud(Base):
    def describe(self):
        return "LOUD " + super().describe()


class Quiet(Base):
    def describe(self):
        return "quiet " + super().describe()


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, getattr(value, "__name__", value))
        super().__setattr__(name, value)


class Logged2(Logged):
    pass


x = Loud()
print(x.describe())
x.__class__ = Quiet
print(x.describe())
y = Logged()
y.value = 1
y.__class__ = Logged2
print(type(y).__name__, y.value)


class WithProp:
    @property
    def kind(self):
        return "prop of " + type(self).__name__


class WithProp2(WithProp):
    pass


p = WithProp()
print(p.kind)
p.__class__ = WithProp2
print(p.kind)


class Eq:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


class Plain:
    pass


e = Plain()
print(e == Plain())
e.__class__ = Eq
print(e == Plain(), e != 5)


class Counter:
    count = 0

    def __init__(self):
        type(self).count += 1


class Counter2(Counter):
    count = 100


c = Counter()
c.__class__ = Counter2
c.__init__()
print(Counter.count, Counter2.count)
