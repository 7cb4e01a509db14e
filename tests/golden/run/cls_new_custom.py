class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print("init", v)
        self.v = v

a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)

class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, x):
        print("Weird init", x)
        self.x = x
print(Weird(-1), Weird(2).x)

class Point:
    def __new__(cls, x, y):
        obj = object.__new__(cls)
        obj.created = True
        return obj
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.created, p.x, p.y, type(p).__name__)

class NoInit:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(NoInit(1, 2, k=3).args)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(InitOnly(5).a)
class BadSuper:
    def __init__(self, a):
        super().__init__(a)
try:
    BadSuper(1)
except TypeError as e:
    print("TypeError:", e)
class Other:
    pass
class Factory:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(Factory()).__name__)
