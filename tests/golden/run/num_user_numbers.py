# user classes through __index__, __float__, __int__, __round__, __abs__
import math
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Flt:
    def __float__(self): return 2.25
class Num:
    def __int__(self): return 42
    def __round__(self, n=None): return ("rounded", n)
    def __abs__(self): return "absolute"
print(int(Num()), round(Num()), round(Num(), 2), abs(Num()))
print(float(Flt()), math.sqrt(Flt()), math.floor(Flt()), complex(Flt()))
print(math.factorial(Idx(5)), math.gcd(Idx(12), 8), round(1234.5678, Idx(2)), (255).to_bytes(Idx(2), "big"))
print(float(Idx(3)), math.sqrt(Idx(9)), int(Idx(7)), pow(2, 10, Idx(1000)) if False else math.comb(Idx(5), Idx(2)))
class Floor:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()))
class Plain:
    pass
try:
    math.sqrt(Plain())
except TypeError as e:
    print(e)
