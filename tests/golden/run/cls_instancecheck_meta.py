class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Mallard:
    def quack(self):
        return "quack"

class Rock:
    pass

print(isinstance(Mallard(), Duck), isinstance(Rock(), Duck))
print(issubclass(Mallard, Duck), issubclass(Rock, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(type(Duck).__name__, Duck.__class__.__name__)
