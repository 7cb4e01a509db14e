# Chained assignment and starred unpacking corners.
x = y = z = [1]
print(x is y is z)
a, *b, c = range(5)
print(a, b, c)
*d, = "xyz"
print(d)
(e, f), g = (1, 2), 3
print(e, f, g)
[h, [i, *j]] = [1, [2, 3, 4]]
print(h, i, j)
for k, (l, *m) in [(1, (2, 3, 4)), (5, "67")]:
    print(k, l, m)
first, *rest = [0]
print(first, rest)
p = q = r, s = 1, 2
print(p, q, r, s)
lst = [0, 0, 0]
lst[0], lst[1] = lst[2], lst[0] = 7, 8
print(lst)
try:
    u, v = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    u, v, w = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    u, *v, w = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    u, v = 5
except TypeError as err:
    print("TypeError:", err)
print(*range(3), *"ab", sep="-")
print([*range(2), *[9]], (*"hi",), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
