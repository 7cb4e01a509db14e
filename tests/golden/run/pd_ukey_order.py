# Set iteration order follows the user __hash__, as in CPython.
class H:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        return isinstance(o, H) and self.name == o.name

    def __repr__(self):
        return self.name


print({H(5, "e"), H(1, "a"), H(3, "c"), H(2, "b"), H(4, "d")})
print(set([H(17, "x"), H(1, "y"), H(9, "z")]))
s = {H(i * 8, f"n{i}") for i in range(6)}
print(s)
s.discard(H(16, "n2"))
s.add(H(3, "three"))
print(s, len(s))
print(frozenset([H(11, "m1"), H(3, "m2"), H(0, "zero")]))
print(hash(H(-1, "q")))
print({H(1, "a"), H(1, "b"), H(1, "a")})
print(s.pop(), s.pop())
