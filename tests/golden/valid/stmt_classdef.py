class A:
    pass
class B(A):
    x = 1
class C(A, B, metaclass=Meta, flag=True):
    def method(self):
        return self.x
class D():
    pass
class E(*bases, **kwds):
    pass
class F: pass
