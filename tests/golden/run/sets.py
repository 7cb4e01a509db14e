s = {3, 1, 2, 3, 10, -1}
print(s, len(s), 2 in s, 5 in s, set(), {x % 4 for x in range(10)})
t = set([8, 16, 24, 1, 9, 17])
print(t, sorted(t))
t.add(33)
t.discard(1)
t.remove(8)
print(t)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, a ^ b, a == {4, 3, 2, 1}, {1, 2}.issubset(a))
print({1.5, 2.5, (1, 2), (3, "x"), None, True} == {True, None, (3, "x"), (1, 2), 2.5, 1.5})
big = set(range(100, 0, -7))
print(big)
print({0.5, 0.25, 1.0, 100.0})
try:
    t.remove(999)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
