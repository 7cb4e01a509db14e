import keyword, numbers
from fractions import Fraction

print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("x"))
print(len(keyword.kwlist), sorted(keyword.__all__))
for v in [1, True, 2.5, 1j, Fraction(1, 3), "x", None]:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(sorted(numbers.Integral.__abstractmethods__)[:6])


class MyNum(numbers.Integral):
    pass


try:
    MyNum()
except TypeError as e:
    print("TypeError:", str(e)[:60])


class Seven(numbers.Real):
    def __float__(self): return 7.0
    def __trunc__(self): return 7
    def __floor__(self): return 7
    def __ceil__(self): return 7
    def __round__(self, n=None): return 7
    def __floordiv__(self, o): return 7 // o
    def __rfloordiv__(self, o): return o // 7
    def __mod__(self, o): return 7 % o
    def __rmod__(self, o): return o % 7
    def __lt__(self, o): return 7 < o
    def __le__(self, o): return 7 <= o
    def __add__(self, o): return 7 + o
    def __radd__(self, o): return o + 7
    def __neg__(self): return -7
    def __pos__(self): return 7
    def __mul__(self, o): return 7 * o
    def __rmul__(self, o): return o * 7
    def __truediv__(self, o): return 7 / o
    def __rtruediv__(self, o): return o / 7
    def __pow__(self, o): return 7 ** o
    def __rpow__(self, o): return o ** 7
    def __abs__(self): return 7
    def __eq__(self, o): return o == 7


s = Seven()
print(complex(s), s.real, s.imag, s.conjugate(), divmod(s, 2), divmod(20, s), s - 2, 10 - s, bool(s))
print(numbers.Number.__hash__, hash(numbers.Number) is not None)
