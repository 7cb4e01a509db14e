# decimal contexts: local contexts, precision and rounding, methods.
import decimal
from decimal import *
D = Decimal
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0, +D('1.234567'), ctx.prec)
    with localcontext(prec=3, rounding=ROUND_UP) as inner:
        print(D(1) / D(7), inner.rounding, getcontext() is inner)
    print(D(2) / D(3))
print(D(1) / D(7), getcontext().prec)
c = Context(prec=3, rounding=ROUND_UP)
print(c.divide(D(1), D(3)), c.add(1, 2), c.create_decimal('1.2345'), c.flags[Inexact])
print(c.multiply(D('1.11'), 3), c.subtract(10, D('0.001')), c.divide_int(10, 3), c.remainder(10, 3), c.divmod(10, 3))
print(c.power(2, 10), c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.abs(-5), c.minus(5), c.plus(D('1.2345')))
print(c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(D('1.23456'), D('0.01')), c.normalize(D('1.200')))
print(c.to_sci_string(D('1.2e10')), c.to_eng_string(D('1.2e10')), c.is_zero(D(0)), c.is_nan(D('nan')), c.copy_abs(D(-1)))
print(c.create_decimal_from_float(0.1), c.Etiny(), c.Etop(), c.radix(), c.is_signed(D(-1)), c.fma(2, 3, 4))
print(c)
d = c.copy()
d.prec = 10
print(c.prec, d.prec, d.flags is c.flags)
for rounding in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                 ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    cx = Context(prec=2, rounding=rounding)
    print(rounding, [str(cx.plus(D(x))) for x in ['1.25', '-1.25', '1.35', '1.21', '-1.29', '1.05', '0.001', '99.5']])
e = Context(Emax=5, Emin=-5, prec=4, traps=[])
print(e.multiply(D(999), D(999)), e.divide(D(1), D(10 ** 8)), e.create_decimal('1.5e-7'), e)
cl = Context(prec=3, Emax=3, clamp=1)
print(cl.create_decimal('1e3'), cl.create_decimal('1.0e2'), cl)
cap = Context(capitals=0)
print(cap.to_sci_string(D('1e20')), cap.create_decimal('1E-10'))
setcontext(Context(prec=4, traps=[]))
print(D(1) / 3, D(1) / 0, getcontext())
setcontext(DefaultContext)
print(getcontext().prec, DefaultContext.prec, BasicContext.prec, ExtendedContext.traps[InvalidOperation])
print(decimal.MAX_EMAX > 0, decimal.MIN_EMIN < 0, decimal.HAVE_THREADS, decimal.DecimalTuple)
print(D('3.14').as_tuple(), D('-0.00').as_tuple(), D('sNaN7').as_tuple())
