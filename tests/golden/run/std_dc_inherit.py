from dataclasses import dataclass, field, fields

@dataclass
class B1:
    x: int = 1
    y: int = 2

@dataclass
class B2(B1):
    z: int = 3
    x: int = 10

print(B2(), B2(5, 6, 7), [f.name for f in fields(B2)])

@dataclass
class Animal:
    name: str
    sound: str = "..."
    def speak(self):
        return f"{self.name} says {self.sound}"

@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

d = Dog("rex", tricks=["sit"])
print(d, d.speak(), isinstance(d, Animal), d == Animal("rex", "woof"))

class Plain(Animal):
    pass
print(Plain("cat"))

@dataclass
class WithMethods:
    a: int
    def __repr__(self):
        return f"<WM {self.a}>"
    def __eq__(self, other):
        return True
print(WithMethods(1), WithMethods(1) == 5)

@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 4
b = Bare()
print(b.a, "Bare object" in repr(b))
