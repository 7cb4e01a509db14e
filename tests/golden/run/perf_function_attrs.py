def f():
    return f.calls


f.calls = 0
for _ in range(3):
    f.calls += 1
print(f(), f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
del f.calls
print(hasattr(f, "calls"), f.__dict__)
try:
    del f.calls
except AttributeError as e:
    print("AttributeError:", e)


def deco(fn):
    def wrapper(*a):
        wrapper.seen.append(a)
        return fn(*a)
    wrapper.seen = []
    return wrapper


@deco
def add(a, b):
    return a + b


print(add(1, 2), add(3, 4), add.seen)
g = lambda: g.state
g.state = g
print(g() is g)
print(f.missing)
