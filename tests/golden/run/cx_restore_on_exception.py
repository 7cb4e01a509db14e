# An exception escaping a comprehension restores the enclosing variable
# that the iteration variable shadowed.
def f():
    x = "before"
    try:
        [1 / x for x in [1, 0]]
    except ZeroDivisionError:
        print("in handler:", x)
    try:
        {k: 1 // k for k in range(-1, 2)}
    except ZeroDivisionError as e:
        print("dict:", e)
    return x

print(f())
y = "module y"
try:
    [1 / y for y in [2, 0]]
except ZeroDivisionError:
    print("module handler:", y)

class C:
    z = "class z"
    try:
        [1 / z for z in [3, 0]]
    except ZeroDivisionError:
        print("class handler:", z)
