# with statements: several items, parenthesised, exceptions, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("inside", a, b)

with (CM("c") as c,
      CM("d") as d,):
    print("parenthesised", c, d)

with (CM("e"), CM("f")):
    print("no targets")

with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("k")
print("after suppressed")

def early():
    with CM("ret"):
        return "returned"
print(early())

for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break

try:
    with CM("x") as x, CM("y"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)

