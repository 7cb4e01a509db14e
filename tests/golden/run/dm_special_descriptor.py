# Special methods found on the class may be any descriptor: its __get__
# gives the callable that the operation calls.
class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        value = self.value
        return lambda *args: value


class Sized:
    __len__ = Const(7)
    __bool__ = Const(False)


s = Sized()
print(len(s), bool(s))


class Getter:
    def __get__(self, obj, owner=None):
        def get(key):
            return f"{type(obj).__name__}[{key!r}]"
        return get


class Box:
    __getitem__ = Getter()


print(Box()[3], Box()["k"])


class Static:
    @staticmethod
    def __len__():
        return 2


print(len(Static()))
