# nested code objects, closures, generators, classes, depth= (Taipan snapshot)
import dis


def outer(x):
    def inner(y):
        return x + y
    return inner


def gen(n):
    for i in range(n):
        yield i * 2


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)


print("=== outer")
dis.dis(outer)
print("=== outer depth=0")
dis.dis(outer, depth=0)
print("=== generator object")
dis.dis(gen(3))
print("=== class")
dis.dis(Point)
print("=== bound method")
dis.dis(Point(1, 2).norm)
print("=== code_info")
print(dis.code_info(outer))
print("=== Bytecode.info")
print(dis.Bytecode(gen).info())
