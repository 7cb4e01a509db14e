# inspect.getmembers, getdoc, cleandoc, unwrap
import inspect
class Base:
    """Base doc."""
    x = 1
    def method(self):
        """Method doc.

        More text here.
        """
class Child(Base):
    y = 2
    def other(self): pass
names = [n for n, _ in inspect.getmembers(Child) if not n.startswith("__")]
print(names)
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getdoc(Base))
print(repr(inspect.getdoc(Base.method)))
print(repr(inspect.cleandoc("""
    first
      indented
    last
""")))
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    return wrapper
@deco
def wrapped(a, b=2):
    return a + b
print(inspect.unwrap(wrapped).__name__, wrapped(1))
print(inspect.signature(wrapped))
print(inspect.getdoc(wrapped), inspect.getdoc(Child.other))
