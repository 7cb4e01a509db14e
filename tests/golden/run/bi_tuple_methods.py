t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, -2))
print(len(t), t[1:3], t[::-1], t + (4,), t * 2, 2 in t, 9 not in t)
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print((1,), (1, 2) == (1, 2), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
print(tuple(x * x for x in range(4)), type(()).__name__)
a, *rest = t
print(a, rest)
*init, last = t
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
for bad in [lambda: t.index(9), lambda: t.count(), lambda: t.index()]:
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    a, b = t
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c, d, e, f = t
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b = 5
except TypeError as ex:
    print("TypeError:", ex)
hash(([],))
