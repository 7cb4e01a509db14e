# decimal signals: flags, traps, the exceptions raised and their args.
from decimal import *
D = Decimal
c = getcontext()
print(Decimal.__mro__, InvalidOperation.__mro__, DivisionByZero.__mro__)
print(Overflow.__mro__, Underflow.__mro__, FloatOperation.__mro__)
print(ConversionSyntax.__mro__, DivisionUndefined.__mro__, DivisionImpossible.__mro__, InvalidContext.__mro__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))
for bad in ['abc', '1e', '', '1.2.3', '--1', 'nan1x', '1e+', 'in f']:
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)
for make in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(-1).sqrt(),
             lambda: D('inf') - D('inf'), lambda: D(1).quantize(D('1e-30')),
             lambda: D(10) // D('1e-30'), lambda: D(5) % 0, lambda: D(0) ** 0,
             lambda: D('sNaN') + 1, lambda: D(0).ln(), lambda: D(-1).log10()]:
    try:
        print(make())
    except DecimalException as e:
        print(type(e).__name__, e.args)
c.traps[Inexact] = True
try:
    D(1) / D(3)
except Exception as e:
    print(type(e), e.args)
c.traps[Rounded] = True
try:
    D(1) / D(3)
except Exception as e:
    print(type(e), e.args)
c.traps[Inexact] = False
try:
    D(1) / D(3)
except Exception as e:
    print(type(e), e.args)
c.traps[Rounded] = False
c.Emax = 10
try:
    D('1e10') * D(100)
except Exception as e:
    print(type(e), e.args)
c.traps[Inexact] = True
try:
    D('1e10') * D(100)
except Exception as e:
    print(type(e), e.args)
c.traps[Inexact] = False
c.traps[FloatOperation] = True
try:
    D(1) < 1.5
except Exception as e:
    print(type(e), e.args)
try:
    D(1.5)
except Exception as e:
    print(type(e), e.args)
print(D(1) == 1.5)
print(c)
c.clear_flags()
c.clear_traps()
print(c)
print(D(1) / 0, D(0) / 0, D('1e10') * D(100), D('1e-20') * D('1e-20'))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
setcontext(DefaultContext)
for attr, value in [('prec', 0), ('prec', 'x'), ('Emax', -1), ('Emin', 1),
                    ('rounding', 'UP'), ('clamp', 2), ('capitals', -1)]:
    try:
        setattr(getcontext(), attr, value)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__, e)
try:
    getcontext().foo = 1
except AttributeError as e:
    print(e)
for bad in [[1], (0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), object()]:
    try:
        D(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    D(1) + 1.0
except TypeError as e:
    print(e)
try:
    1.0 * D(1)
except TypeError as e:
    print(e)
try:
    D(1) < 'a'
except TypeError as e:
    print(e)
try:
    hash(D('sNaN'))
except TypeError as e:
    print(e)
for v in ['nan', 'inf', '-inf']:
    try:
        int(D(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        D(v).as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
D(1) / 0
