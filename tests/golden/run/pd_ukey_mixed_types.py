# Hash collisions between equal values of different types, and user keys
# that compare equal to built-ins.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: 0, 0.0: 1, False: 2, -0.0: 3})
print({1, 1.0, True}, {0.5, 1 / 2}, {complex(1, 0): "c", 1: "i"})
print(set([1, 1.0, True, 2, 2.0]), frozenset([3.0, 3]))
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(1 / 2))
print({2**61 - 1: "a", 0: "b"})
print({2**64: 1, float(2**64): 2})


class I:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, I) else o)

    def __repr__(self):
        return f"I({self.v})"


d = {1: "one", "a": "A"}
print(d[I(1)], I(1) in d, I("a") in d, I(2) in d)
print(d.get(I(1)), {1, 2} & {I(1)})
d[I(1)] = "uno"
print(d)
s = {I(1)}
print(1 in s, 1.0 in s, True in s, 2 in s)
