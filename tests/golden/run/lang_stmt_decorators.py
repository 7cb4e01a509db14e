# Decorators on functions and classes: order, arguments, expressions.
def trace(label):
    def wrap(obj):
        print("decorating", obj.__name__, "with", label)
        return obj
    return wrap

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

registry = []

@register
@trace("outer")
@trace("inner")
class Widget:
    pass

print(registry, Widget.registered)

@trace("fn")
def f():
    return "f called"
print(f())

decorators = {"upper": lambda fn: lambda: fn().upper()}
@decorators["upper"]
def shout():
    return "hi"
print(shout())

def replace(_):
    return 42
@replace
def gone():
    pass
print(gone)

def counting(fn):
    count = 0
    def wrapper(*args, **kwargs):
        nonlocal count
        count += 1
        print(f"call {count} of {fn.__name__}")
        return fn(*args, **kwargs)
    return wrapper

@counting
def add(a, b=1):
    return a + b
print(add(1), add(2, b=5))
