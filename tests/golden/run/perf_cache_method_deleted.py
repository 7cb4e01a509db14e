# Deleting a method after warm-up: the subclass falls back to the base.
class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child"


def ask(obj, n):
    return [obj.who() for _ in range(n)]


c = Child()
print(ask(c, 3))
del Child.who
print(ask(c, 2))
del Base.who
try:
    ask(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
Base.who = lambda self: "again"
print(ask(c, 2))
ask(Child(), 1)
del Base.who
ask(c, 1)
