# A list subclass on the right of == is asked first (its type is a
# subclass of the left operand's), so the items compare right to left.
class L(list):
    pass


class Q:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return True

    __hash__ = None


print([Q(3)] == L([Q(4)]))
print(L([Q(5)]) == [Q(6)])


class R:
    def __repr__(self):
        return "R"


class Const:
    def __get__(self, obj, owner=None):
        return lambda: "<described>"


class Shown:
    __repr__ = Const()


print(repr(Shown()), str(Shown()), [Shown()])
