# Set algebra with user-hashed items: union, intersection, difference,
# symmetric difference, and their in-place and method forms.
class N:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 5

    def __eq__(self, o):
        return isinstance(o, N) and self.n == o.n

    def __repr__(self):
        return f"N{self.n}"


def show(s):
    return sorted(s, key=lambda x: x.n)


a = {N(i) for i in range(6)}
b = {N(i) for i in range(3, 9)}
print(show(a | b), show(a & b), show(a - b), show(b - a), show(a ^ b))
print(show(a.union([N(10), N(0)])), show(a.intersection([N(1), N(2), N(20)])))
print(show(a.difference([N(0), N(1)])), show(a.symmetric_difference([N(0), N(99)])))
c = set(a)
c &= b
print(show(c))
c = set(a)
c -= b
print(show(c))
c = set(a)
c ^= b
print(show(c))
c = set(a)
c.intersection_update([N(1), N(2)])
print(show(c))
c = set(a)
c.difference_update([N(1), N(2)])
print(show(c))
c = set(a)
c.symmetric_difference_update([N(1), N(100)])
print(show(c))
print(a.isdisjoint({N(50)}), a.isdisjoint([N(5)]), {N(1)}.issubset(a), a.issuperset([N(2), N(3)]))
print({N(1), N(2)} <= a, {N(1), N(99)} < a, a >= {N(0)}, frozenset(a) & {N(4)})
