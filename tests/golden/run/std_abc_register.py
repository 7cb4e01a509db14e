from abc import ABC, abstractmethod, get_cache_token

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

class Circle:
    def draw(self): return "circle"

print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = get_cache_token()
r = Drawable.register(Circle)
print(r is Circle, get_cache_token() != token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance("x", Drawable))

class Sub(Drawable):
    def draw(self): return "sub"

class SubSub(Sub): pass
print(issubclass(SubSub, Drawable), isinstance(SubSub(), Sub))

@Drawable.register
class Decorated:
    pass
print(Decorated.__name__, issubclass(Decorated, Drawable))

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)

class Base(ABC): pass
class Derived(Base): pass
try:
    Derived.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Derived.register(Derived) is Derived)
