# __slots__ entries are mangled like attribute names.
class P:
    __slots__ = ("__x", "y", "__z__")

    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3

    def get(self):
        return self.__x


p = P()
print(p.get(), p.y, p.__z__)
print(P.__slots__, hasattr(p, "_P__x"), hasattr(p, "__x"))
del p._P__x
print(hasattr(p, "_P__x"))
try:
    p.__x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Q:
    __slots__ = "__only"


q = Q()
q._Q__only = "set"
print(q._Q__only)
try:
    class Bad:
        __slots__ = ("__v",)
        _Bad__v = 1
except ValueError as e:
    print("ValueError:", e)
