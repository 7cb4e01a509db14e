class Point:
    """A point."""
    dimensions = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dimensions, p.dimensions)
q = p.moved(1, dy=2)
print(q, repr(q), str(q), f"{q}", f"{q!r}")
p.x = 10
print(p, Point.__name__, type(p).__name__, isinstance(p, Point))

class Counter:
    count = 0

    def increment(self):
        Counter.count += 1
        self.mine = getattr_default = Counter.count
        return self


c = Counter().increment().increment()
print(Counter.count, c.mine)

class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes " + self.sound()

    def sound(self):
        return "a sound"


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def __str__(self):
        return "puppy " + self.name


for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), isinstance(a, Animal), isinstance(a, Dog), type(a).__name__)
print(Puppy("x"))
method = p.norm2
print(method())
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
