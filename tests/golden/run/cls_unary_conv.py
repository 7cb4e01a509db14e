class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return abs(self.v)
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return f"round({n})"
    def __repr__(self):
        return f"N({self.v})"

n = N(-3)
print(-n, +n, ~n, abs(n), int(n), float(n), round(n), round(n, 2))
print([0, 1, 2, 3, 4][N(2)], hex(N(255)), bin(N(5)), oct(N(8)))
print(list(range(N(3))), "ab" * N(2), [1] * N(2))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", bin(OnlyIndex()))
class Nothing:
    pass
for f in (int, float, abs, hex):
    try:
        f(Nothing())
    except TypeError as e:
        print("TypeError:", e)
try:
    [1, 2][Nothing()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
try:
    round(Nothing())
except TypeError as e:
    print("TypeError:", e)
