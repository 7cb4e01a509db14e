# super() and __class__ inside comprehensions in methods.
class Base:
    def name(self):
        return "base"
    def tag(self, i):
        return f"b{i}"

class Derived(Base):
    def name(self):
        return [super().name() + str(i) for i in range(2)]
    def tags(self):
        return {i: super().tag(i) for i in range(2)}
    def cls(self):
        return [__class__.__name__ for _ in range(1)]
    def nested(self):
        return [[super(Derived, self).name() for _ in range(1)] for _ in range(2)]

d = Derived()
print(d.name(), d.tags(), d.cls(), d.nested())
