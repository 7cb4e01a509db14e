# __new__ returning an instance of another class skips __init__; a
# subclass instance still gets __init__.
class Other:
    def __init__(self, *a):
        print("Other.__init__", a)


class Odd:
    def __new__(cls, *args):
        print("Odd.__new__", args)
        if args and args[0] == "other":
            return Other()
        if args and args[0] == "int":
            return 5
        return super().__new__(cls)

    def __init__(self, *args):
        print("Odd.__init__", args)


class Sub(Odd):
    pass


print(type(Odd("other")).__name__)
print(Odd("int"))
print(type(Odd("self")).__name__)
print(type(Sub("self")).__name__)


class Factory:
    def __new__(cls, kind):
        return Sub(kind) if kind == "sub" else object.__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)


print(type(Factory("sub")).__name__)
print(type(Factory("plain")).__name__)
for i in range(3):
    Odd(i)
