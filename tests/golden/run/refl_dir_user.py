# dir() of classes, instances, modules; __dir__ overrides
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
print([n for n in dir(Child) if not n.startswith("__")])
print([n for n in dir(Child()) if not n.startswith("__")])
print(dir(Child) == sorted(dir(Child)))
print(set(dir(object)) <= set(dir(Child)), "__dict__" in dir(Child), "__weakref__" in dir(Child))
print(sorted(set(dir(Child)) - set(dir(object))))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class Tup:
    def __dir__(self):
        return ("b", "a")
print(dir(Tup()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print("TypeError:", e)
import math
names = dir(math)
print(names == sorted(names), "pi" in names, "sqrt" in names)
class WithInt(int):
    extra = 1
print(set(dir(int)) < set(dir(WithInt)), sorted(set(dir(WithInt)) - set(dir(int))))
class E(ValueError):
    pass
print(sorted(set(dir(E)) - set(dir(ValueError))))
print(dir(ValueError("x")) == dir(ValueError))
print(dir(StopIteration))
print(dir(OSError))
