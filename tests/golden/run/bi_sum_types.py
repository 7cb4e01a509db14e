from_ints = sum([1, 2, 3])
print(from_ints, type(from_ints).__name__)
print(sum([1, 2.0]), type(sum([1, 2.0])).__name__, sum([0.5, 1]), sum([], 0.0))
print(sum([1e16, 1.0, 1.0, -1e16]), sum([1e16, 1, 1, -1e16]), sum([0.1, 0.1, 0.1]) == 0.3)
print(sum([True, False, True]), sum([2**100, 2**100]), sum([-1] * 10))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()), sum(range(10), start=-45))
print(sum(x * 0.1 for x in range(10)), sum([float("nan"), 1.0]) != sum([float("nan"), 1.0]))
print(sum([1.0, float("inf")]), sum([-float("inf"), -1.0]), sum([1e308, 1e308]))
class Vec:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Vec(self.v + (other.v if isinstance(other, Vec) else other))
    __radd__ = __add__
print(sum([Vec(1), Vec(2)]).v, sum([Vec(1)], Vec(10)).v)
sum([1, None])
