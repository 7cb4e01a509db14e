# Misusing type parameters and generic classes.
def f[T](): pass
(T,) = f.__type_params__

try:
    class Sub(T): pass
except TypeError as e:
    print("TypeError:", e)

class Box[T]: pass
class NotGeneric: pass
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError:", e)

class Two[A, B]: pass
try:
    Two[int]
except TypeError as e:
    print("TypeError:", e)
print(Two[int, str])

# a generic class is still an ordinary class
b = Box()
print(isinstance(b, Box), type(b).__name__, Box.__name__)
b.x = 1
print(b.x)
print(Box.__type_params__[0] is not T)
Box[int].attr = 2
