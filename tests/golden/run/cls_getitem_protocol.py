class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError(i)
        return i * 10

s = Seq(3)
print(list(s))
print(s[1:5], s[::2], s[1:2:3], s[:])
print(20 in s, 7 in s)
for x in Seq(2):
    print("loop", x)
a, b = Seq(2)
print(a, b, sorted(Seq(3), reverse=True))

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

g = Grid()
g[0, 1] = "x"
g[2, 2] = "y"
print(g[0, 1], g[1, 1], g[2, 2])
del g[0, 1]
print(g[0, 1])
try:
    del g[5, 5]
except KeyError as e:
    print("KeyError:", e)

class ReadOnly:
    def __getitem__(self, i):
        return i
r = ReadOnly()
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del r[0]
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
try:
    Empty()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Empty())
except TypeError as e:
    print("TypeError:", e)
