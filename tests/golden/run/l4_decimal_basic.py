from decimal import *
import decimal, math
D = Decimal
print(getcontext())
print(repr(D('1.30')), D(0.1), D('-0'), D('nan'), D('-sNaN12'), D('inf'), D('1_000.5'), D('  7 '))
print(D(1)/D(3), D(2)/D(3), D(1)/D(4), D(10)/D(4), D(100)/D(10), D('1.0')/D('0.1'))
print(D('1.1')+D('2.2'), D('1.10')*D('3'), D('3.5')-D('1.25'), D('1e10')+D(1), D('1e100')+D('1e-100'))
print(D(-7)//D(2), D(-7)%D(2), divmod(D(7), D(-2)), D('7.5')%D('2'), D(10)//3)
print(D(2)**10, D(2)**-2, D('1.1')**2, D(2)**D('0.5'), D(10)**D(-3), D('1.5')**3)
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1e-10').sqrt())
print(D(1).exp(), D(2).ln(), D(100).log10(), D('0.5').exp(), D(10).ln(), D(2).log10(), D('1.0001').ln())
print(D('3.14159').quantize(D('0.01')), D('2.5').quantize(D('1')), D('3.5').quantize(D('1')), D('7.325').quantize(D('.01'), rounding=ROUND_DOWN))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D('1'), rounding=r)) for x in ['2.5','-2.5','1.5','2.4','-2.6','0.5','5.1','-0.1']])
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), math.floor(D('-2.5')), math.ceil(D('-2.5')), int(D('-7.9')), float(D('1.5')))
print(D('1.2300').normalize(), D('120').normalize(), D('0.00').normalize(), D('1e5').to_eng_string(), D('123E+7').to_eng_string(), D('1E-7'), D('0.000001'), D('0.0000001'), D('123456789E20'))
print(D('1.5') == 1.5, D(3) == 3, D(1) < 2, D('0.5') > 0.25, hash(D('1.5')) == hash(1.5), hash(D(3)) == hash(3), hash(D('3.000')) == hash(3))
print(D('1.5').as_tuple(), D('-0.00').as_tuple(), D('inf').as_tuple(), D('3.75').as_integer_ratio(), D(0.5).as_integer_ratio())
print(sorted([D('3'), D('1.5'), D('-2'), D('1.50')]), max(D(1), D(2)), sum([D('0.1')]*10))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1)/D(7), D('123456789')+0, +D('1.234567'))
    print(ctx)
with localcontext(prec=50):
    print(D(2).sqrt())
print(D(1)/D(7))
c = Context(prec=3, rounding=ROUND_UP)
print(c.divide(D(1), D(3)), c.add(1, 2), c.create_decimal('1.2345'), c.flags[Inexact], c)
getcontext().traps[DivisionByZero] = False
print(D(1)/0, D(-1)/0, getcontext().flags[DivisionByZero])
getcontext().traps[InvalidOperation] = False
print(D(0)/0, D('abc'), D(-1).sqrt(), D('inf') - D('inf'))
print(getcontext())
setcontext(DefaultContext)
for spec in ['', '.2f', '10.3f', '<10', '^12.1f', '+.3e', '.3E', ',.2f', '08.2f', '%', '.1%', 'g', '.3g', '.10g', 'e', 'f', ' .2f', '010,.1f']:
    print(repr(spec), [format(D(x), spec) for x in ['1234.5678', '-0.0001', '1.500', '1E+3', '0', '-inf', '12345678901']])
