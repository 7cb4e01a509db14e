# Mangled names in super() calls, hasattr/getattr strings (not mangled),
# and the mangled names a function's code object records.
class Base:
    def __init__(self):
        self.__tag = "base"

    def _Child__hook(self):
        return "hook found via Base"

    def tag(self):
        return self.__tag


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__tag = "child"

    def hook(self):
        return super().__hook()

    def strings(self):
        return getattr(self, "__tag", "string names are not mangled")


c = Child()
print(c.tag(), c._Child__tag, c._Base__tag)
print(c.hook())
print(c.strings())
print(Child.hook.__code__.co_names)
print(Child.__init__.__code__.co_names)
print(Base.__init__.__code__.co_names)
