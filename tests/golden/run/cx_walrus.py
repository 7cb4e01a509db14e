# An assignment expression in a comprehension binds in the enclosing
# function or module.
def f(xs):
    found = None
    r = [found := x for x in xs if x > 1]
    return r, found

def total(xs):
    acc = 0
    return [acc := acc + x for x in xs], acc

print(f([1, 2, 3]))
print(total([1, 2, 3]))
last = None
print([last := c for c in "hey"], last)
print([[(m := a * b) for b in range(3)] for a in range(2)], m)

def g():
    data = [(y := n) for n in range(4)]
    def inner():
        return y
    return data, y, inner()

print(g())
