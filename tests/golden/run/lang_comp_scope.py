# Comprehension variables do not leak; outer names stay untouched.
x = "module x"
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
print({x for x in [1, 1, 2]}, x)
print(list(x for x in range(2)), x)

def f():
    y = 10
    r = [y * 2 for y in range(3)]
    return r, y
print(f())

def unbound():
    r = [z for z in range(2)]
    return z
try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)

# The outermost iterable is evaluated in the enclosing scope.
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
print(C.doubled)

# Nested comprehensions and conditions.
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([v for row in matrix for v in row if v % 2 if v > 2])
print({r: [c for c in row if c > r] for r, row in enumerate(matrix)})
print([[v for v in row] for row in matrix if row[0]])
