# Decimal with numbers, ints, floats, fractions: comparisons, hashing, sorting.
import math
import numbers
from fractions import Fraction
from decimal import Decimal as D, getcontext, FloatOperation
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Rational), isinstance(D(1), numbers.Real))
print(D('1.5') == 1.5, D(3) == 3, D(1) < 2, D('0.5') > 0.25, D('0.1') == 0.1, D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3))
print(hash(D('1.5')) == hash(1.5), hash(D(3)) == hash(3), hash(D('3.000')) == hash(3), hash(D('-7')) == hash(-7), hash(D('0.25')) == hash(Fraction(1, 4)))
print(hash(D('1e30')) == hash(10 ** 30), hash(D('-0')) == hash(0), hash(D('inf')) == hash(float('inf')), hash(D('-inf')) == hash(float('-inf')))
print({D(1): 'one', D('2.0'): 'two'}[1], {D(1), 1, 1.0, D('1.00')}, D(2) in {2})
print(sorted([D('3'), D('1.5'), D('-2'), D('1.50'), D('-inf'), D('0')]), max(D(1), D(2)), min(D('0.1'), D('0.10')))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, math.fsum([0.1] * 10))
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-0.5')), round(D('1234.5'), -2), round(D('0.125'), 2))
print(math.floor(D('-2.5')), math.ceil(D('-2.5')), math.trunc(D('-2.5')), int(D('-7.9')), float(D('1.5')), float(D('1e400')))
print(D(2) ** 0.5 if False else D(2) ** D('0.5'), D(5).__round__(), type(round(D('1.5'))), type(round(D('1.5'), 1)))
print(D.from_float(0.1), D(0.1) == 0.1, D.from_float(2 ** 60 + 0.0), D.from_number(3), D.from_number(0.5))
print(D('NaN') == D('NaN'), D('nan') != D('nan'), D(1) == D('1.000'), D('inf') > D('1e999999'))
print(getcontext().flags[FloatOperation])
try:
    D('nan') < 1
except Exception as e:
    print(type(e).__name__, e.args)
print(D('1.1') + 2, 2 - D('1.1'), 3 * D('0.5'), D(1) / 4, 2 ** D(3), divmod(-7, D(2)), -7 % D(2), -7 // D(2))
print(Fraction(D('0.75')), Fraction(*D('-1.25').as_integer_ratio()), float(D('0.1')) == 0.1)
class Money(D):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money('1.50')
print(m, repr(m), isinstance(m, D), type(m + 1).__name__, Money.from_float(0.5))
