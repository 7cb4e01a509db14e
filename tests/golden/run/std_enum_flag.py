from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R & Perm.W, repr(Perm(0)), list(Perm.R | Perm.X))
print(Perm.W in rw, Perm.X in rw, ~Perm.R, repr(Perm(7)), Perm(6).name, bool(Perm(0)), bool(rw))
print(len(rw), list(Perm), rw ^ Perm.W, Perm.R | Perm.R)
print(Perm(4) is Perm.R, rw == Perm(6), str(Perm(0)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print([c.value for c in Color], Color.WHITE, repr(Color.WHITE), list(Color.WHITE))
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, Color(3))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class IP(IntFlag):
    A = 1
    B = 2
    C = 4

print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 8, repr(IP(8)), IP.A + 1, IP.C == 4)
print(repr(IP(0)), IP(3) & IP.A, repr(~IP.A), isinstance(IP.B, int), format(IP.C, 'b'))
