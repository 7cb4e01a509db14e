# Generator expressions and lambdas inside comprehensions, and
# comprehensions inside lambdas and default arguments.
print([list(y * x for y in range(3)) for x in range(3)])
print([sum(j for j in range(i)) for i in range(5)])
f = lambda n: [i for i in range(n)]
print(f(3))
def g(a=[i * 2 for i in range(3)]):
    return a
print(g())
print([(lambda: i)() for i in range(3)])
h = lambda: {c: [c] * 2 for c in "ab"}
print(h())
