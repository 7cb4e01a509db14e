# __class__ assignment: CPython's checks and messages.
class A:
    pass


class B:
    pass


class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class L(list):
    pass


class L2(list):
    pass


class I(int):
    pass


a = A()
for target in [int, 5, "str", None, S1, L, B, object, type, list, A]:
    try:
        a.__class__ = target
        print("ok", type(a).__name__)
        a.__class__ = A
    except TypeError as e:
        print(type(target).__name__, "->", e)
try:
    del a.__class__
except TypeError as e:
    print(e)
s = S1()
s.x = 3
s.__class__ = S2
print(type(s).__name__, s.x)
try:
    s.__class__ = S3
except TypeError as e:
    print(e)
l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l, len(l))
try:
    l.__class__ = I
except TypeError as e:
    print(e)
for obj in (1, [], "s", object(), None):
    try:
        obj.__class__ = A
    except TypeError as e:
        print(type(obj).__name__, "->", e)


class M(type):
    pass


try:
    A.__class__ = M
except TypeError as e:
    print(e)
a.__class__ = B
a.__class__ = A
print(type(a).__name__)
a.__class__ = 42
