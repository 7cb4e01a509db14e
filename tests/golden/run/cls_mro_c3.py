class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C), A.__bases__)
print(D.__mro__[-1] is object)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(A, D), issubclass(D, object), issubclass(bool, int))
print(issubclass(D, (X, C)))
class O1: pass
class O2(O1): pass
try:
    class Bad2(O1, O2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
