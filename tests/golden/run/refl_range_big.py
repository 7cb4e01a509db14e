# ranges beyond 64 bits: repr, attributes, indexing, in, iteration, equality
big = 2 ** 100
r = range(big)
print(r, r.start, r.stop, r.step, bool(r), bool(range(big, big)))
print(r[0], r[-1], r[big - 1], r[12345678901234567890])
print(big - 1 in r, big in r, -1 in r, 5 in r, 2.0 in range(2**70, 2**70 + 3))
r2 = range(-big, big, 3)
print(r2, r2[0], r2[1], r2[-1], r2.index(-big + 3), r2.count(-big), r2.count(0))
print(list(range(big, big + 5)), list(range(big + 4, big - 1, -2)))
print(list(reversed(range(big, big + 3))), next(iter(range(-big, 0))))
print(range(big) == range(0, big), range(big, big) == range(0), range(big, big + 1) == range(big, big + 5, 10))
print(range(0, 2 ** 64) == range(2 ** 64), range(2**64)[2**63:2**63 + 2])
s = r[::2 ** 97]
print(s, len(s), list(s))
print(r[big - 3:], list(r[big - 3:]), r[:3], r[::-1][:2], list(r[-2:]))
print(range(2 ** 63 - 2, 2 ** 63 + 2), list(range(2 ** 63 - 2, 2 ** 63 + 2)))
print(range(-2 ** 63, 2 ** 63 - 1)[-1])
print(type(iter(r)).__name__, type(r).__name__)
for i, v in enumerate(range(big, big * 3, big)):
    print(i, v)
print(len(range(big, big + 10)), len(range(-big, -big + 100, 7)))
