# Attribute stores keep insertion order; the instance dict stays shared
# with vars() and __dict__.
class Rec:
    def __init__(self, a, b):
        self.b = b
        self.a = a


r = Rec(1, 2)
print(r.__dict__, list(r.__dict__))
r.c = 3
r.a = 10
print(r.__dict__)
del r.b
r.b = 20
print(r.__dict__)
d = r.__dict__
d["z"] = 26
print(r.z, d is r.__dict__, d == r.__dict__)
for i in range(5):
    setattr(r, f"k{i}", i)
print(list(r.__dict__))
try:
    del r.nope
except AttributeError as e:
    print("AttributeError:", e)
rs = [Rec(i, -i) for i in range(4)]
print([(x.a, x.b) for x in rs])
