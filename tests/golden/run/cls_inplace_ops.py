class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        print("sub", o)
        return Acc(self.v - o)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
class Only:
    def __add__(self, o):
        return "added"
x = Only()
x += 1
print(x)
y = Acc(0)
for op in ["*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    try:
        exec(f"y {op} 2") if False else None
    except TypeError as e:
        print(e)
try:
    y *= 2
except TypeError as e:
    print("TypeError:", e)
try:
    y **= 2
except TypeError as e:
    print("TypeError:", e)
