# __firstlineno__ and __static_attributes__ of classes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.x += 0
    def move(self, dx):
        self.moved = True
        def helper(self):
            self.inner = 1
        other = self
        other.skipped = 1
class Empty:
    pass
def deco(c):
    return c
@deco
class Decorated:
    def set(this):
        this.not_self = 1
        self = this
        self.via_self = 2
print(Point.__firstlineno__, Empty.__firstlineno__, Decorated.__firstlineno__)
print(Point.__static_attributes__, Empty.__static_attributes__, Decorated.__static_attributes__)
print(sorted(k for k in vars(Point) if k.startswith("__") and k != "__dict__" and k != "__weakref__"))
ns = {}
exec("class Dyn:\n    def f(self):\n        self.a = self.b = 1\n", ns)
print(ns["Dyn"].__firstlineno__, ns["Dyn"].__static_attributes__)
