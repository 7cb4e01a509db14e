# __class__ assignment after method look-ups were cached.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


def ask(o):
    return o.who()


a = A()
print([ask(a) for _ in range(3)])
a.__class__ = B
print(ask(a), type(a).__name__, isinstance(a, B))
a.__class__ = A
print(ask(a))
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
