from collections import deque

d = deque(range(7))
for n in (1, 3, -2, 7, 15, -15, 0):
    d.rotate(n)
    print(n, list(d))
d.rotate()
print(d)
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-3)
print(one)

class Idx:
    def __index__(self):
        return 2

d.rotate(Idx())
print(d)
for bad in ('a', 1.5, None):
    try:
        d.rotate(bad)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    d.rotate(1, 2)
except TypeError as exc:
    print('TypeError:', exc)
big = deque(range(100000))
big.rotate(12345)
print(big[0], big[-1], len(big))
