# Built-in methods called on subclass instances, and operations that must
# see a subclass's own special methods.
class L(list):
    pass


l = L([1, 2, 3])
print(list.__contains__(l, 2), L.__contains__(l, 5), list.__len__(l), L.__len__(l))
print(list.__getitem__(l, 1), L.__getitem__(l, slice(0, 2)))
list.__setitem__(l, 0, 9)
L.__delitem__(l, 2)
print(l, type(l).__name__)
print(list(list.__iter__(l)), dict.__contains__({"a": 1}, "a"))


class D(dict):
    pass


d = D(a=1)
print(dict.__getitem__(d, "a"), D.__contains__(d, "b"), dict.__len__(d))


class Q:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return True

    __hash__ = None


print(L([Q(1)]) == L([Q(2)]))


class T(tuple):
    pass


print(T((Q(5),)) == T((Q(6),)))


class Backwards(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


class Custom(list):
    def __iter__(self):
        yield "custom"


b = Backwards((1, 2, 3))
print(tuple(b), list(b), set(Custom([1])), tuple(Custom([1])), list(Custom([1, 2])))
print([*Custom([0])], sorted(Custom([5])), frozenset(Custom([7])))


class S(set):
    def __iter__(self):
        yield "ignored by set()"


print(sorted(set(S({1, 2}))), sorted(list(S({1, 2}))))
