# Instance creation: __init__ with defaults and keywords, __init__ that
# raises, returns a value, or is missing.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


pts = [Point(i, y=i * 2) for i in range(1000)]
print(len(pts), pts[-1].x, pts[-1].y, Point(5).y)


class Fails:
    def __init__(self, n):
        if n > 2:
            raise ValueError("too big: " + str(n))
        self.n = n


made = []
for i in range(5):
    try:
        made.append(Fails(i).n)
    except ValueError as e:
        print("ValueError:", e)
print(made)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


class Derived(Point):
    def __init__(self, x):
        super().__init__(x, x + 1)


d = [Derived(i) for i in range(100)][-1]
print(d.x, d.y)
