import random

random.seed(42)
print(random.random(), random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(70), random.getrandbits(0))
for s in [0, 1, 5, -5, 2**32 - 1, 2**32, 2**100 + 7, -2**64]:
    random.seed(s)
    print(s, random.random())
for s in ["hello", "", "ñandú", b"bytes", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s), random.random())
random.seed(12345, version=1)
print(random.random())
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(random.Random(7).randbytes(6), random.Random(7).randbytes(0))
