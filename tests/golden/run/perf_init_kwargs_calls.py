# Keyword calls of classes and methods (CALL_KW) next to positional ones.
class Box:
    def __init__(self, w, h=1, *, label="box"):
        self.w, self.h, self.label = w, h, label

    def area(self, scale=1):
        return self.w * self.h * scale

    def describe(self, prefix="", sep=":"):
        return f"{prefix}{self.label}{sep}{self.area()}"


boxes = [Box(2), Box(2, 3), Box(w=4), Box(h=5, w=1), Box(1, label="tag")]
print([b.area() for b in boxes], [b.area(scale=2) for b in boxes])
print(boxes[-1].describe(sep="="), boxes[0].describe("> "))
try:
    Box(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Box(1, label="x", color="red")
except TypeError as e:
    print("TypeError:", e)
try:
    boxes[0].area(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    boxes[0].area(factor=2)
except TypeError as e:
    print("TypeError:", e)
