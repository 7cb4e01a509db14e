class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if isinstance(other, str):
            other = Version(other)
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), min(vs), max(vs))
print(Version("1.2") == "1.2", "1.2" == Version("1.2"), Version("1.0") != Version("1.0"))
print(Version("1.0") > Version("0.5"), Version("1.0") >= Version("1.0"), Version("2") < Version("10"))
print(vs[0] in vs, Version("0.9") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))
class Only:
    def __gt__(self, other):
        print("gt", type(other).__name__)
        return True
print(1 < Only(), Only() > 1)
try:
    Only() < Only()
except TypeError as e:
    print("TypeError:", e)
try:
    Version("1") < 3
except AttributeError as e:
    print("AttributeError:", e)
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], (1, AlwaysEq()) == (1, 2))
