# Name resolution of type parameters in methods, nested functions and
# nested classes.
class Outer[T]:
    seen = T
    def method(self):
        return T
    def nested(self):
        def inner():
            return T
        return inner()
    class Inner:
        def get(self):
            return T
    def shadow[T](self):
        return T
    def other[U](self):
        return (T, U)

o = Outer()
print(Outer.seen, o.method(), o.nested(), Outer.Inner().get())
print(o.shadow(), o.shadow() is Outer.__type_params__[0])
print(o.other())
print(Outer.shadow.__type_params__, Outer.other.__type_params__)

# a type parameter shadows a global of the same name in its scope only
T = "global T"
def f[T]():
    return T
print(f(), T)

# but not outside it
def g[X]():
    return X
try:
    X
except NameError as e:
    print("NameError:", e)

# a lambda in a generic function
def h[T]():
    return (lambda: T)()
print(h())

# comprehension in a generic function
def comp[T](n):
    return [T for _ in range(n)]
print(comp(2))

# type parameters are cells when captured
def cells[T]():
    def a():
        return T
    return a
print(cells()())
print(cells.__code__.co_varnames, cells.__code__.co_freevars)

# generic class inside a generic function
def make[T]():
    class C[U]:
        def both(self):
            return T, U
    return C
C = make()
print(C().both(), C.__type_params__)
