# sys._getframe(): the running frames.
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno


def a():
    return where()


def b():
    x = 1
    return where(2), a()



print(a())
print(b())
print(where())
f = sys._getframe()
print(type(f).__name__, f.f_code.co_name, f.f_globals is globals())
print(f.f_locals is globals())


def depth_names():
    names = []
    f = sys._getframe()
    while f is not None and f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def one():
    return two()


def two():
    return depth_names()


print(one())


def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)


def user():
    alpha = 1
    beta = [2]
    return locals_of_caller()


print(user())
for bad in (1000, "x", 1.5):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print("TypeError", e)
print(sys._getframe(-3).f_code.co_name)
