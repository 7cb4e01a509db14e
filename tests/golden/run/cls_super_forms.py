class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
    @staticmethod
    def stat():
        return "Base.stat"

class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()

class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
    def stat2(self):
        return super().stat()

obj = Leaf()
print(obj.greet())
print(obj.skip())
print(Leaf.make())
print(obj.stat2())
s = super(Leaf, obj)
print(s.greet())
print(super(Mid, Leaf).make())

class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B:
    def __init__(self):
        print("B init")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()

class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y)
try:
    super(int, obj)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
