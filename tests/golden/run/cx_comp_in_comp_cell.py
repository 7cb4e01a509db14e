# A lambda in an inner comprehension captures the outer comprehension's
# variable.
def f():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]

print([[g() for g in row] for row in f()])
print([[(lambda: (a, b))() for b in "xy"] for a in "pq"])
rows = [[lambda: c for _ in range(1)] for c in "uv"]
print([r[0]() for r in rows])
