# A base class changed after a subclass's look-ups were cached.
class A:
    def f(self):
        return "A.f"

    limit = 1


class B(A):
    pass


class C(B):
    pass


def use(o):
    return o.f(), o.limit


c = C()
for _ in range(3):
    print(use(c))
A.f = lambda self: "new A.f"
A.limit = 2
print(use(c))
B.f = lambda self: "B.f"
print(use(c))
B.limit = "b"
print(use(c))
del B.f
del B.limit
print(use(c))
A.g = lambda self: "added"
print(c.g())
print(C.f(c), B.f(c))
