def hello(self):
    return "hello from " + type(self).__name__

Dyn = type("Dyn", (), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"y": 2})
s = Sub()
print(s.x, s.y, s.hello(), [c.__name__ for c in Sub.__mro__])
print(type(s) is Sub, isinstance(s, Dyn))
print(type(3), type("a"), type([]), type(None), type(type), type(Dyn))
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(Dyn.__module__, Dyn.__qualname__)
