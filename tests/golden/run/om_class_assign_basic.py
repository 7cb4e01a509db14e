# Assigning __class__ on instances of user classes.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"


class Cat(Animal):
    sound = "meow"


pet = Animal("rex")
print(pet.speak(), type(pet).__name__)
for _ in range(3):
    pet.speak()
pet.__class__ = Dog
print(pet.speak(), pet.fetch(), type(pet).__name__, pet.__class__ is Dog)
print(isinstance(pet, Dog), isinstance(pet, Animal), isinstance(pet, Cat))
print(pet.__dict__)
pet.__class__ = Cat
print(pet.speak(), hasattr(pet, "fetch"))
try:
    pet.fetch()
except AttributeError as e:
    print("AttributeError:", e)


class Unrelated:
    def speak(self):
        return "unrelated " + self.name


pet.__class__ = Unrelated
print(pet.speak(), repr(pet)[:21])
setattr(pet, "__class__", Dog)
print(pet.speak())
object.__setattr__(pet, "__class__", Cat)
print(pet.speak())
print("__class__" in pet.__dict__)


class Switch:
    def toggle(self):
        self.__class__ = Other
        return "to other"


class Other:
    def toggle(self):
        self.__class__ = Switch
        return "to switch"


s = Switch()
print([s.toggle() for _ in range(4)], type(s).__name__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def who(self):
        return "with meta"


w = Animal("x")
w.__class__ = WithMeta
print(w.who(), type(type(w)).__name__)
