class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "Base(" + self.name + ")"


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def describe(self):
        return "Child of " + super().describe() + f" aged {self.age}"


class GrandChild(Child):
    def describe(self):
        return "Grand " + super().describe()


print(Child("ann", 3).describe())
print(GrandChild("bob", 1).describe())


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e, e.field, e.args)
