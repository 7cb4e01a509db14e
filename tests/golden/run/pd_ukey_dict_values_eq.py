# Dict equality compares values with their __eq__; dict and set
# comparisons with user keys on both sides.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    __hash__ = None

    def __repr__(self):
        return f"V{self.v}"


print({1: V(1)} == {1: V(1)}, {1: V(1)} == {1: V(2)}, {1: V(1)} != {1: V(1)})
print([V(1)] == [V(1)], (V(1),) == (V(1),), {"a": [V(1)]} == {"a": [V(1)]})


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 2

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __repr__(self):
        return f"K{self.v}"


a = {K(i): V(i) for i in range(5)}
b = {K(i): V(i) for i in reversed(range(5))}
print(a == b, a != b, a == {**b, K(9): V(9)})
s, t = {K(1), K(2)}, {K(2), K(1), K(3)}
print(s < t, s <= t, t > s, t >= s, s == t, s != t, s < s, s <= s, t > t)
print(frozenset(s) <= t, s == frozenset([K(1), K(2)]))
