# The same name used as iteration variable in sibling and nested
# comprehensions, and as a function parameter.
def f(i):
    a = [i for i in range(3)]
    b = [i * 2 for i in a]
    c = [[i for i in range(i)] for i in range(3)]
    return a, b, c, i

print(f("param"))
i = "module"
print([i for i in range(2)], [[i for i in "xy"] for i in range(2)], i)
