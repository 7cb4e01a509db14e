class Base:
    def __init__(self, **kwargs):
        print("Base", sorted(kwargs))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named", name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged", age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person")
        super().__init__(**kwargs)
p = Person(name="ann", age=3, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Left:
    def who(self):
        return ["Left"] + super().who()
class Right:
    def who(self):
        return ["Right"]
class Both(Left, Right):
    def who(self):
        return ["Both"] + super().who()
print(Both().who())
try:
    Left().who()
except AttributeError as e:
    print("AttributeError:", e)
