# Nested comprehensions: in the element, in inner iterables, several
# levels deep, with the same names reused.
m = [[1, 2], [3, 4]]
print([[x * 10 for x in row] for row in m])
print([x for row in m for x in row if x != 2])
print({i: {j for j in range(i)} for i in range(3)})
print([i for i in [i for i in [i for i in range(3)]]])
def f(n):
    return [[(i, j) for j in range(i)] for i in range(n)]
print(f(3))
print([(a, b, c) for a in range(2) for b in range(a, 2) for c in range(b, 2)])
