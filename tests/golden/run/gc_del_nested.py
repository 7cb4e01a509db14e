# An owner's __del__ runs first; what it owns goes after.
class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("part", self.name)


class Whole:
    def __init__(self):
        self.left = Part("left")
        self.right = Part("right")

    def __del__(self):
        print("whole, parts still there:", self.left.name, self.right.name)


w = Whole()
del w
print("--")
w = Whole()
w.left = Part("new left")
print("-- replaced left")
del w
print("end")
