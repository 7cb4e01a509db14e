class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1): 2}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Both) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(hash(Both(5)) == hash(5))
print(Both(1) == Both(1), Both(1) != Both(2))

class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())

class Sub(Both):
    def __eq__(self, other):
        return True
try:
    hash(Sub(1))
except TypeError as e:
    print("TypeError:", e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
