def make_class(prefix, base=object):
    counter = [0]
    class Generated(base):
        tag = prefix.upper()
        def __init__(self):
            counter[0] += 1
            self.n = counter[0]
        def label(self):
            return f"{prefix}-{self.n}"
        @classmethod
        def made(cls):
            return counter[0]
    return Generated

A = make_class("a")
B = make_class("b")
print(A().label(), A().label(), B().label(), A.made(), B.made(), A.tag, B.tag)
print(A.__qualname__, A is B)
def with_super():
    class P:
        def hi(self):
            return "P"
    class Q(P):
        def hi(self):
            return "Q>" + super().hi()
    return Q()
print(with_super().hi())
x = 10
class UsesGlobal:
    y = x + 1
    z = [x * i for i in range(3)]
print(UsesGlobal.y, UsesGlobal.z)
