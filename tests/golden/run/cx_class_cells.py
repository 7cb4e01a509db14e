# Closures made in a class-body comprehension capture its variable: a
# cell of the class body's frame.
class C:
    fs = [lambda: x for x in range(3)]
    gs = [lambda k=x: (k, x) for x in "ab"]
    vals = [f() for f in fs]

print(C.vals, [g() for g in C.gs])
print(hasattr(C, "x"))

class D:
    x = "class x"
    fs = [lambda: x for x in range(2)]
    print(x)

print([f() for f in D.fs], D.x)
