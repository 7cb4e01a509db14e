from enum import Enum, auto, unique, member, nonmember, verify, UNIQUE, CONTINUOUS

class Au(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Au), Au.D.value)

class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    FOO = auto()
    BAR = auto()
print([m.value for m in Named])

try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)

class M(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @property
    def double(self):
        return self.value * 2
print(M("b"), M.A.describe(), M.B.double)
try:
    M(9)
except ValueError as e:
    print(e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.gravity, Planet.EARTH.gravity)

class Holder(Enum):
    A = 1
    helper = nonmember(5)
    fn = member(lambda x: x)
    _private = 3
print(list(Holder.__members__), Holder.helper, Holder._private)

@verify(UNIQUE)
class V(Enum):
    A = 1
    B = 2
print(list(V))
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        B = 3
except ValueError as e:
    print(e)

class Ord(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ord.HIGH, Ord.LOW]), Ord.LOW < Ord.HIGH)
