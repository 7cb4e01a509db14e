# Attribute look-ups on instances and classes after warm-up: class
# attributes changed, deleted, shadowed by the instance.
class Config:
    size = 10
    name = "cfg"


c = Config()
total = 0
for i in range(1000):
    total += c.size
print(total, c.name)
Config.size = 20
print(c.size)
c.size = 30
print(c.size, Config.size)
del c.size
print(c.size)
del Config.size
try:
    print(c.size)
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    kind = "base"


class Child(Base):
    pass


ch = Child()
for i in range(100):
    ch.kind
print(ch.kind)
Child.kind = "child"
print(ch.kind)
del Child.kind
print(ch.kind)
Base.kind = "base2"
print(ch.kind)


class P:
    def __init__(self):
        self.x = 0


p = P()
for i in range(1000):
    p.x = p.x + 1
print(p.x)
p.y = 5
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(p.y)
