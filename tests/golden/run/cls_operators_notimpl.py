class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self + other
    def __repr__(self):
        return f"V({self.x})"

print(V(1) + V(2), V(1) + 5, 5 + V(1))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + V(1)
except TypeError as e:
    print("TypeError:", e)

class A:
    pass
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() < A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() @ A()
except TypeError as e:
    print("TypeError:", e)
try:
    -A()
except TypeError as e:
    print("TypeError:", e)
try:
    ~A()
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __mul__(self, o):
        return "Base.mul"
    def __rmul__(self, o):
        return "Base.rmul"
class Derived(Base):
    def __rmul__(self, o):
        return "Derived.rmul"
print(Base() * Derived())
print(Derived() * Base())
print(repr(NotImplemented), type(NotImplemented).__name__, bool(NotImplemented) if False else "")

class Cmp:
    def __eq__(self, other):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
c = Cmp()
print(c == c)
