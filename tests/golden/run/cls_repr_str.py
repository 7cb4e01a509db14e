class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
for obj in [OnlyRepr(), Both()]:
    print(obj, str(obj), repr(obj), f"{obj}", f"{obj!r}", [obj], (obj,), {"k": obj})
o = OnlyStr()
print(o, str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at 0x"))
class Outer:
    class Inner:
        pass
print(Outer, Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(str(Outer), repr(Outer.Inner), int, object, type)
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
class StrSub(str):
    pass
class ReprReturnsSub:
    def __repr__(self):
        return StrSub("sub-repr")
print(repr(ReprReturnsSub()))
print(object.__repr__(Both()).startswith("<__main__.Both object"), object.__str__(OnlyRepr()))
