print()
print(1, 2, 3)
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" then", end="\n\n")
print(None, True, 1.5, [1, "x"], {"k": (1,)}, sep=" | ")
print("x", sep=None, end=None)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
s = Sink()
print("a", 1, sep=",", end=";", file=s, flush=True)
print(file=s)
print(s.parts)
print("explicit", file=None)
class Str:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print(Str(), [Str()])
for bad in [lambda: print(sep=1), lambda: print(end=2), lambda: print(foo=1), lambda: print(file=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__ + ":", ex)
print("done", flush=True)
print(1, 2, sep=b"x")
