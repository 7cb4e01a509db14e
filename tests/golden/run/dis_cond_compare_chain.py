# comparison chains in conditions: each link evaluated once, short-circuit
class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n)
        return R(self.n < other.n)

    def __repr__(self):
        return "V%d" % self.n

class R:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool", self.v)
        return self.v

def val(n):
    print("eval", n)
    return V(n)

if val(1) < val(2) < val(3):
    print("chain true")
if val(3) < val(2) < val(4):
    print("unreached")
else:
    print("chain false at first link")
if not (val(1) < val(2) < val(0)):
    print("negated chain")
if val(1) < val(2) < val(3) < val(4):
    print("long chain")
while val(5) < val(4) < val(6):
    print("unreached")
r = val(1) < val(2) < val(3)
print("value is R:", type(r).__name__)
if 1 < 2 < 3 > 2 != 5 == 5 in [5] not in [6] is not None:
    print("mixed operators")
a, b, c = 1, 5, 3
print("ternary", "yes" if a < b < c else "no", "yes" if a < c < b else "no")
