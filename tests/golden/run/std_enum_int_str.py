from enum import IntEnum, StrEnum, Enum, auto

class N(IntEnum):
    A = 1
    B = 2
    C = 10

print(N.A, repr(N.A), N.A + 1, N.A == 1, f"{N.B}", N(2), str(N.C))
print(sorted([N.C, N.A, N.B]), N.A < N.B, N.C * 2, format(N.A, '03d'), int(N.C))
print(isinstance(N.A, int), max(N), [n.value for n in N], N.B in N, 2 in N)
print(list(range(N.B)), {N.A: 'x'}[1], hex(N.C))

class S(StrEnum):
    X = auto()
    Y = 'why'
    LONG_NAME = auto()

print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', f"{S.Y}", S.LONG_NAME.value)
print(S('why'), S.Y + "!", len(S.Y), isinstance(S.X, str), "-".join(S))

class Mixed(str, Enum):
    A = "a"
    B = "b"
print(Mixed.A, repr(Mixed.A), Mixed.A == "a", f"{Mixed.B}", Mixed("b"))

class F(float, Enum):
    HALF = 0.5
print(F.HALF, repr(F.HALF), F.HALF * 2)
try:
    N(5)
except ValueError as e:
    print(e)
