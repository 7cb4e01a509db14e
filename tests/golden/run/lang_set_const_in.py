# `x in {constants}` tests against a frozenset constant, `x in [constants]`
# against a tuple; `for x in {...}` iterates the frozenset constant.
def kind(x):
    if x in {1, 2, 3}:
        return "small"
    if x not in {10, 20, 30}:
        return "other"
    return "tens"

for v in (1, 3, 10, 20, 4, 2.0, True, 30.0):
    print(v, kind(v))

print(5 in [1, 5, 9], 6 in [1, 5, 9], 6 not in [1, 5, 9])
print("a" in {"a", "b", "c"}, "z" in {"a", "b", "c"})
print((1, 2) in {(1, 2), (3, 4)}, (1, 3) in {(1, 2), (3, 4)})

for v in {24, 8, 16, 0}:
    print("set item", v)
for v in [24, 8, 16, 0]:
    print("list item", v)
print([v * 2 for v in {33, 1, 65, 97}])

# the container is rebuilt each time, never shared
def items():
    return [1, 2, 3]
a = items()
a.append(4)
print(a, items())

# an unhashable operand still raises, as for any set
try:
    [] in {1, 2, 3}
except TypeError as e:
    print("TypeError:", e)
print([] in [1, 2, 3], {} in (1, 2, 3))
try:
    {1: 2} in {4, 5, 6}
except TypeError as e:
    print("TypeError:", e)
print(-1 in {-1, -2, -3}, -4 in {-1, -2, -3})
print(-1.5 in [-1.5, 2.5], -2j in {-2j, 1j, 3})
