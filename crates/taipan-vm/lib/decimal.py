"""Decimal fixed- and floating-point arithmetic (Taipan's own implementation).

A Decimal is a sign, an integer coefficient and an exponent (or a special
value: NaN, sNaN, Infinity). Arithmetic is done exactly on Python ints and
then rounded to the context's precision by ``_fix``, which also applies
the exponent limits and raises the signals the context traps.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
# A condition sets the flag of (and is trapped as) its signal.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation,
              DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation,
              InvalidContext: InvalidOperation}


# The modulus and infinity hash of the numeric hashes (sys.hash_info).
_HASH_MODULUS = 2 ** 61 - 1 if hash(2 ** 61) == 1 else 2 ** 31 - 1
_HASH_INF = hash(float('inf'))


def _digits(n):
    """The number of decimal digits of the int n >= 0 (1 for 0)."""
    return len(str(n)) if n else 1


# ---------------------------------------------------------------- Context

class Context(object):
    """The environment of arithmetic: precision, rounding, exponent
    limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (
            dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = self._signal_dict(flags, None)
        if traps is None:
            traps = dict(dc.traps) if dc else [InvalidOperation,
                                               DivisionByZero, Overflow]
        self.traps = self._signal_dict(traps, None)

    @staticmethod
    def _signal_dict(given, default):
        d = {s: False for s in _SIGNALS}
        if given is None:
            return d
        if isinstance(given, dict):
            for k, v in given.items():
                if k not in d:
                    raise KeyError('invalid signal dict')
                d[k] = bool(v)
        else:
            for s in given:
                if s not in d:
                    raise KeyError(s)
                d[s] = True
        return d

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(value, 1, MAX_PREC, 'prec')
        elif name == 'Emin':
            _check_int(value, MIN_EMIN, 0, 'Emin')
        elif name == 'Emax':
            _check_int(value, 0, MAX_EMAX, 'Emax')
        elif name in ('capitals', 'clamp'):
            _check_int(value, 0, 1, name)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, '
                                'ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                value = self._signal_dict(value, None)
        else:
            raise AttributeError(
                "'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, flags, traps))

    def __reduce__(self):
        return (self.__class__, (
            self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
            self.clamp, [s for s in _SIGNALS if self.flags[s]],
            [s for s in _SIGNALS if self.traps[s]]))

    def Etiny(self):
        """The smallest exponent of a subnormal number."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent of a number at full precision."""
        return self.Emax - self.prec + 1

    def copy(self):
        """A copy of this context, flags and traps included."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        """Reset all flags."""
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        """Reset all traps."""
        for s in self.traps:
            self.traps[s] = False

    def _raise(self, condition, explanation=None, result=None):
        """Set the flag of `condition`; raise it if trapped, else return
        `result`."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        return result

    def _signal_many(self, conditions):
        """Set the flags of several conditions at once; raise the first
        trapped one with all of them listed (as libmpdec does)."""
        for c in conditions:
            self.flags[c] = True
        trapped = [s for s in _SIGNALS if s in conditions and self.traps[s]]
        if trapped:
            raise trapped[0](trapped)

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise(ConversionSyntax, result=_NAN)
        d = Decimal(num, self)
        if d._special:
            if d._special in 'nN' and _digits(d._int) > self.prec - self.clamp:
                return self._raise(ConversionSyntax, result=_NAN)
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        """A Decimal from the float f, rounded to this context."""
        return Decimal.from_float(f)._fix(self)

    # The arithmetic methods take the operands and call Decimal's.
    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True).__add__(_conv(b, True), self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(_conv(b, True), self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(_conv(b, True), self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(_conv(b, True), self)

    def divide_int(self, a, b):
        return _conv(a, True).__floordiv__(_conv(b, True), self)

    def remainder(self, a, b):
        return _conv(a, True).__mod__(_conv(b, True), self)

    def divmod(self, a, b):
        return _conv(a, True).__divmod__(_conv(b, True), self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(_conv(b, True), modulo, self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, context=self)

    def to_sci_string(self, a):
        return _conv(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string(context=self)

    def copy_decimal(self, a):
        return Decimal(_conv(a, True))

    def radix(self):
        return Decimal(10)


def _check_int(value, lo, hi, name):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not lo <= value <= hi:
        if name == 'prec':
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'Emin':
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        if name == 'Emax':
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        raise ValueError('valid values for %s are 0 or 1' % name)


# The order of the signals in a context's repr.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]


def _context_method(name):
    def method(self, a, *args):
        args = [_conv(x, True) if isinstance(x, (int, Decimal)) else x
                for x in args]
        return getattr(_conv(a, True), name)(*args, context=self)
    method.__name__ = name
    return method


for _name in ('compare', 'compare_signal', 'compare_total',
              'compare_total_mag', 'exp', 'ln', 'log10', 'logb', 'max',
              'max_mag', 'min', 'min_mag', 'next_minus', 'next_plus',
              'next_toward', 'normalize', 'number_class', 'quantize',
              'remainder_near', 'same_quantum', 'scaleb', 'sqrt',
              'to_integral', 'to_integral_exact', 'to_integral_value',
              'is_normal', 'is_subnormal', 'copy_sign'):
    setattr(Context, _name, _context_method(_name))


def _plain_method(name):
    def method(self, a, *args):
        return getattr(_conv(a, True), name)(*args)
    method.__name__ = name
    return method


for _name in ('canonical', 'copy_abs', 'copy_negate', 'is_canonical',
              'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_signed',
              'is_snan', 'is_zero'):
    setattr(Context, _name, _plain_method(_name))

_current = [None]


def getcontext():
    """The current context."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Make `context` the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (default: the current
    context) current inside a `with` block, with `kwargs` set on it."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                     'clamp', 'flags', 'traps'):
            raise TypeError(
                "'%s' is an invalid keyword argument for this function" % k)
        setattr(ctx, k, v)
    return _ContextManager(ctx)


# ---------------------------------------------------------------- Decimal

def _conv(other, raise_type=False, allow_float=False):
    """other as a Decimal (ints convert exactly), else NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return NotImplemented


def _new(sign, coef, exp, special=''):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _parse(s):
    """(sign, coefficient, exponent, special) of a numeric string, or
    None."""
    s = s.strip().replace('_', '') if '_' in s else s.strip()
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F', 'F'
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, int(payload or '0'), kind, kind
    mant, e, exp = low.partition('e')
    if e:
        if not exp or not (exp.lstrip('+-').isdigit()) or \
                exp[0] in '+-' and (len(exp) == 1 or exp[1] in '+-'):
            return None
        exp = int(exp)
    else:
        exp = 0
    whole, dot, frac = mant.partition('.')
    if not whole and not frac:
        return None
    for part in (whole, frac):
        if part and not part.isdigit():
            return None
    digits = whole + frac
    return sign, int(digits), exp - len(frac), ''


class Decimal(object):
    """Floating-point decimal number with correct rounding."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                return ctx._raise(ConversionSyntax, result=_new(0, 0, 'n', 'n'))
            sign, coef, exp, special = parsed
        elif isinstance(value, Decimal):
            sign, coef, exp, special = (value._sign, value._int, value._exp,
                                        value._special)
        elif isinstance(value, int):
            sign, coef, exp, special = int(value < 0), abs(int(value)), 0, ''
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            ctx._raise(FloatOperation)
            d = Decimal.from_float(value)
            sign, coef, exp, special = d._sign, d._int, d._exp, d._special
        elif isinstance(value, (tuple, list)):
            sign, coef, exp, special = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        self = object.__new__(cls)
        self._sign = sign
        self._int = coef
        self._exp = exp
        self._special = special
        return self

    def __setattr__(self, name, value):
        if name in ('_sign', '_int', '_exp', '_special'):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(
                "'decimal.Decimal' object has no attribute '%s'" % name)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _new(int(f < 0), abs(f), 0)
        elif isinstance(f, float):
            if f != f:
                d = _new(0, 0, 'n', 'n')
            elif f in (float('inf'), float('-inf')):
                d = _new(int(f < 0), 0, 'F', 'F')
            else:
                sign = int(_math.copysign(1.0, f) < 0)
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _new(sign, n * 5 ** k, -k)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    @classmethod
    def from_number(cls, number):
        """A Decimal from an int, float or Decimal."""
        if isinstance(number, (int, Decimal)):
            return cls(number)
        if isinstance(number, float):
            return cls.from_float(number)
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(number).__name__)

    # -- properties
    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        ctx = context if context is not None else getcontext()
        return self.adjusted() < ctx.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def as_tuple(self):
        """(sign, digits, exponent) as a DecimalTuple."""
        if self._special in ('n', 'N'):
            digits = tuple(map(int, str(self._int))) if self._int else ()
        elif self._special == 'F':
            digits = (0,)
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """A pair of ints whose ratio is this number, in lowest terms."""
        if self._special:
            if self._special == 'F':
                raise OverflowError(
                    'cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # -- conversions
    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special in ('n', 'N'):
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        if self._special == 'F':
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        if self._special:
            if self._special == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        m = _HASH_MODULUS
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, m) % m
        else:
            h = self._int * pow(pow(10, m - 2, m), -self._exp, m) % m
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- strings
    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._special == 'n' else 'sNaN'
            return sign + name + (str(self._int) if self._int else '')
        digits = str(self._int)
        exp = self._exp
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dot + digits
        elif dot >= len(digits):
            intpart = digits + '0' * (dot - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dot]
            fracpart = '.' + digits[dot:]
        if left == dot:
            e = ''
        else:
            ctx = context if context is not None else getcontext()
            e = ['e', 'E'][ctx.capitals] + '%+d' % (left - dot)
        return sign + intpart + fracpart + e

    def to_eng_string(self, context=None):
        """The string in engineering notation (exponent a multiple of 3)."""
        return self.__str__(eng=True, context=context)

    def __format__(self, spec):
        from _taipan_decfmt import format_decimal
        return format_decimal(self, spec, getcontext())

    # -- special-value helpers
    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation with a NaN operand, or None."""
        ctx = context if context is not None else getcontext()
        for op in (self, other):
            if op is not None and op._special == 'N':
                return ctx._raise(InvalidOperation,
                                  result=_new(op._sign, op._int, 'n', 'n'))
        for op in (self, other):
            if op is not None and op._special == 'n':
                return op._fix_nan(ctx)
        return None

    def _fix_nan(self, ctx):
        if _digits(self._int) > ctx.prec - ctx.clamp:
            payload = int(str(self._int)[-(ctx.prec - ctx.clamp):] or 0)
            return _new(self._sign, payload, 'n', 'n')
        return _new(self._sign, self._int, 'n', 'n')

    def _invalid(self, ctx, condition=InvalidOperation):
        return ctx._raise(condition, result=_NAN)

    # -- rounding
    def _fix(self, ctx):
        """Round to the context's precision and apply its exponent
        limits, signalling as the specification says."""
        if self._special:
            if self._special in 'nN':
                return self._fix_nan(ctx)
            return self
        etiny = ctx.Emin - ctx.prec + 1
        etop = ctx.Emax - ctx.prec + 1
        coef, exp, sign = self._int, self._exp, self._sign
        if coef == 0:
            limit = etop if ctx.clamp else ctx.Emax
            new_exp = min(max(exp, etiny), limit)
            if new_exp != exp:
                ctx._raise(Clamped)
                return _new(sign, 0, new_exp)
            return self
        ndig = _digits(coef)
        adj = exp + ndig - 1
        if adj > ctx.Emax:
            return self._overflow(ctx)
        conds = []
        subnormal = adj < ctx.Emin
        min_exp = max(exp + ndig - ctx.prec, etiny if subnormal else exp)
        if min_exp > exp:
            coef, inexact = _round_coef(coef, min_exp - exp, ctx.rounding,
                                        sign)
            exp = min_exp
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
            if _digits(coef) > ctx.prec:
                coef //= 10
                exp += 1
            if exp + _digits(coef) - 1 > ctx.Emax:
                return self._overflow(ctx)
        if subnormal:
            conds.append(Subnormal)
            if Inexact in conds:
                conds.append(Underflow)
                if coef == 0:
                    conds.append(Clamped)
        if ctx.clamp and exp > etop:
            coef *= 10 ** (exp - etop)
            exp = etop
            conds.append(Clamped)
        if conds:
            ctx._signal_many(conds)
        return _new(sign, coef, exp)

    def _overflow(self, ctx):
        sign = self._sign
        r = ctx.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) \
                or (r == ROUND_CEILING and not sign) \
                or (r == ROUND_FLOOR and sign):
            result = _new(sign, 0, 'F', 'F')
        else:
            result = _new(sign, 10 ** ctx.prec - 1,
                          ctx.Emax - ctx.prec + 1)
        ctx._signal_many([Overflow, Inexact, Rounded])
        return result

    def _rescale(self, exp, rounding):
        """This number with exponent exp, rounding the coefficient
        (without context checks)."""
        if self._special:
            return self
        if exp <= self._exp:
            return _new(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coef, _ = _round_coef(self._int, exp - self._exp, rounding,
                              self._sign)
        return _new(self._sign, coef, exp)

    # -- unary operations
    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(context=ctx)
        if nan is not None:
            return nan
        if not self._special and self._int == 0 and \
                ctx.rounding != ROUND_FLOOR:
            return _new(0, 0, self._exp)._fix(ctx)
        return _new(1 - self._sign, self._int, self._exp,
                    self._special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(context=ctx)
        if nan is not None:
            return nan
        sign = self._sign
        if not self._special and self._int == 0 and \
                ctx.rounding != ROUND_FLOOR:
            sign = 0
        return _new(sign, self._int, self._exp, self._special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(context=ctx)
        if nan is not None:
            return nan
        return _new(0, self._int, self._exp, self._special)._fix(ctx)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _new(other._sign, self._int, self._exp, self._special)

    # -- binary operations
    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return self._invalid(ctx)
                return self
            return other
        exp = min(self._exp, other._exp)
        if self._int == 0 and other._int == 0:
            sign = self._sign & other._sign
            if self._sign != other._sign and ctx.rounding == ROUND_FLOOR:
                sign = 1
            return _new(sign, 0, exp)._fix(ctx)
        if self._int == 0:
            return _new(other._sign, other._int, other._exp).\
                _rescale_up(exp, ctx)
        if other._int == 0:
            return _new(self._sign, self._int, self._exp)._rescale_up(exp, ctx)
        a, b = _align(self, other, ctx.prec)
        exp = min(a._exp, b._exp)
        va = a._int * 10 ** (a._exp - exp)
        vb = b._int * 10 ** (b._exp - exp)
        total = (-va if a._sign else va) + (-vb if b._sign else vb)
        if total == 0:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _new(sign, 0, exp)._fix(ctx)
        return _new(int(total < 0), abs(total), exp)._fix(ctx)

    def _rescale_up(self, exp, ctx):
        """x + 0 where the zero has the smaller exponent exp: x padded
        to exp as far as the precision allows."""
        digits = _digits(self._int)
        shift = min(self._exp - exp, max(ctx.prec - digits, 0))
        return _new(self._sign, self._int * 10 ** shift,
                    self._exp - shift)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        if other._special in ('n', 'N'):
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self._special == 'F':
                if not other._special and other._int == 0:
                    return self._invalid(ctx)
                return _new(sign, 0, 'F', 'F')
            if self._int == 0:
                return self._invalid(ctx)
            return _new(sign, 0, 'F', 'F')
        return _new(sign, self._int * other._int,
                    self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F':
                    return self._invalid(ctx)
                return _new(sign, 0, 'F', 'F')
            ctx._raise(Clamped)
            return _new(sign, 0, ctx.Emin - ctx.prec + 1)
        if other._int == 0:
            if self._int == 0:
                return self._invalid(ctx, DivisionUndefined)
            return ctx._raise(DivisionByZero, result=_new(sign, 0, 'F', 'F'))
        ideal = self._exp - other._exp
        if self._int == 0:
            return _new(sign, 0, ideal)._fix(ctx)
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide(self, other, ctx):
        """(integer quotient, remainder) of finite or infinite operands
        after the NaN checks, or an invalid pair."""
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                r = self._invalid(ctx)
                return r, r
            return _new(sign, 0, 'F', 'F'), self._invalid(ctx)
        if other._special == 'F':
            return _new(sign, 0, 0), self._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                r = self._invalid(ctx, DivisionUndefined)
                return r, r
            return (ctx._raise(DivisionByZero,
                               result=_new(sign, 0, 'F', 'F')),
                    self._invalid(ctx))
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            r = self._invalid(ctx, DivisionImpossible)
            return r, r
        return _new(sign, q, 0), _new(self._sign, r, exp)._fix(ctx)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan, nan
        return self._divide(other, ctx)

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' and other._special != 'F':
            return _new(self._sign ^ other._sign, 0, 'F', 'F')
        return self._divide(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special != 'F' and other._special != 'F' and \
                other._int == 0 and self._int != 0:
            return self._invalid(ctx)
        return self._divide(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def remainder_near(self, other, context=None):
        """self - other * n, n the integer nearest self / other (even on
        ties)."""
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if self._special == 'F' or (not other._special and other._int == 0):
            return self._invalid(ctx)
        if other._special == 'F':
            return self._fix(ctx)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if _digits(q) > ctx.prec:
            return self._invalid(ctx, DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return _new(sign, r, exp)._fix(ctx)

    def __pow__(self, other, modulo=None, context=None):
        from _taipan_decmath import power
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        return power(self, other, modulo, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def fma(self, other, third, context=None):
        """self * other + third with one rounding."""
        other = _conv(other, True)
        third = _conv(third, True)
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            product = self.__mul__(other, ctx)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return product.__add__(third, ctx)

    # -- comparisons
    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._special or other._special:
            a = 0 if not self._special else (-1 if self._sign else 1)
            b = 0 if not other._special else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a != 0 and b != 0:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        if self._int == 0:
            if other._int == 0:
                return 0
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a_adj, b_adj = self.adjusted(), other.adjusted()
        if a_adj != b_adj:
            r = 1 if a_adj > b_adj else -1
        else:
            exp = min(self._exp, other._exp)
            va = self._int * 10 ** (self._exp - exp)
            vb = other._int * 10 ** (other._exp - exp)
            r = (va > vb) - (va < vb)
        return -r if self._sign else r

    def _compare_other(self, other, equality):
        """other as a Decimal for a comparison, or NotImplemented; a
        Rational compares exactly through a scaled pair."""
        if isinstance(other, (Decimal, int)):
            return _conv(other), self
        if isinstance(other, float):
            if not equality:
                getcontext()._raise(FloatOperation)
            else:
                getcontext().flags[FloatOperation] = True
            return Decimal.from_float(other), self
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real), self
        if isinstance(other, _numbers.Rational) and not self._special:
            num = _new(self._sign, self._int * other.denominator, self._exp)
            return _conv(other.numerator), num
        if isinstance(other, _numbers.Rational):
            return Decimal(0), self
        return NotImplemented, self

    def __eq__(self, other):
        other, me = self._compare_other(other, True)
        if other is NotImplemented:
            return other
        if me._isnan() or other._isnan():
            return False
        return me._cmp(other) == 0

    def _order(self, other, op):
        other, me = self._compare_other(other, False)
        if other is NotImplemented:
            return other
        if me._isnan() or other._isnan():
            ctx = getcontext()
            ctx._raise(InvalidOperation)
            return False
        return op(me._cmp(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        """Decimal(-1), 0 or 1 as self <, =, > other (NaN if either is)."""
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        if self._isnan() or other._isnan():
            return self._invalid(ctx)
        return self.compare(other, ctx)

    def _total_key(self):
        if self._special in ('n', 'N'):
            rank = 3 if self._special == 'n' else 2
            return (rank, self._int, 0)
        if self._special == 'F':
            return (1, 0, 0)
        return (0, self, self._exp)

    def compare_total(self, other, context=None):
        """Compare by the total order of the specification."""
        other = _conv(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        a, b = self.copy_abs(), other.copy_abs()
        ka, kb = a._total_key(), b._total_key()
        if ka[0] != kb[0]:
            r = -1 if ka[0] < kb[0] else 1
        elif ka[0] == 0:
            c = a._cmp(b)
            r = c if c else (a._exp > b._exp) - (a._exp < b._exp)
        else:
            r = (ka[1] > kb[1]) - (ka[1] < kb[1])
        return Decimal(-r if self._sign else r)

    def compare_total_mag(self, other, context=None):
        other = _conv(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, ctx, pick_max, mag):
        other = _conv(other, True)
        ctx = ctx if ctx is not None else getcontext()
        if self._isnan() or other._isnan():
            if self._special == 'N' or other._special == 'N':
                return self._check_nans(other, ctx)
            if not self._isnan():
                return self._fix(ctx)
            if not other._isnan():
                return other._fix(ctx)
            return self._check_nans(other, ctx)
        a, b = (self.copy_abs(), other.copy_abs()) if mag else (self, other)
        c = a._cmp(b)
        if c == 0:
            c = self.compare_total(other)._cmp(Decimal(0))
        pick = self if (c > 0) == pick_max else other
        if c == 0:
            pick = self
        return pick._fix(ctx)

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- exponent operations
    def quantize(self, exp, rounding=None, context=None):
        """This number rounded to the exponent of `exp`."""
        exp = _conv(exp, True)
        ctx = context if context is not None else getcontext()
        rounding = rounding if rounding is not None else ctx.rounding
        if self._special or exp._special:
            nan = self._check_nans(exp, ctx)
            if nan is not None:
                return nan
            if self._special == 'F' and exp._special == 'F':
                return self
            return self._invalid(ctx)
        target = exp._exp
        if not ctx.Emin - ctx.prec + 1 <= target <= ctx.Emax:
            return self._invalid(ctx)
        if self._int == 0:
            return _new(self._sign, 0, target)._fix(ctx)
        if self.adjusted() - target + 1 > ctx.prec:
            return self._invalid(ctx)
        result = self._rescale(target, rounding)
        if _digits(result._int) > ctx.prec or result.adjusted() > ctx.Emax:
            return self._invalid(ctx)
        conds = []
        if result._exp > self._exp:
            if result._int * 10 ** (result._exp - self._exp) != self._int:
                conds.append(Inexact)
            conds.append(Rounded)
        if result._int and result.adjusted() < ctx.Emin:
            conds.append(Subnormal)
        if conds:
            ctx._signal_many(conds)
        return result

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or \
                (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def normalize(self, context=None):
        """The simplest form: trailing zeros of the coefficient removed."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._check_nans(context=ctx)
            return nan if nan is not None else self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _new(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _new(d._sign, coef, exp)

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0), no Inexact signal."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._check_nans(context=ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding if rounding is not None
                             else ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounded to an integer, signalling Inexact and Rounded."""
        ctx = context if context is not None else getcontext()
        if self._special:
            nan = self._check_nans(context=ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        if self._int == 0:
            return _new(self._sign, 0, 0)
        result = self._rescale(0, rounding if rounding is not None
                               else ctx.rounding)
        conds = [Rounded]
        if result._int * 10 ** -self._exp != self._int:
            conds.append(Inexact)
        ctx._signal_many(conds)
        return result

    def scaleb(self, other, context=None):
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            return self._invalid(ctx)
        if self._special:
            return self
        n = int(other)
        return _new(self._sign, self._int, self._exp + n)._fix(ctx)

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(context=ctx)
        if nan is not None:
            return nan
        if self._special == 'F':
            return _new(0, 0, 'F', 'F')
        if self._int == 0:
            return ctx._raise(DivisionByZero, result=_new(1, 0, 'F', 'F'))
        return Decimal(self.adjusted())._fix(ctx)

    def number_class(self, context=None):
        """The class of the number, as a string ('+Normal', '-Zero', ...)."""
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def next_plus(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._next(ctx, 1)

    def next_minus(self, context=None):
        ctx = context if context is not None else getcontext()
        return self._next(ctx, -1)

    def next_toward(self, other, context=None):
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        return self._next(ctx, -1 if c > 0 else 1)

    def _next(self, ctx, direction):
        nan = self._check_nans(context=ctx)
        if nan is not None:
            return nan
        if self._special == 'F':
            if (direction > 0) == bool(self._sign):
                return _new(self._sign, 10 ** ctx.prec - 1,
                            ctx.Emax - ctx.prec + 1)
            return self
        tiny = ctx.Emin - ctx.prec + 1
        if self._int == 0:
            exp = tiny
        else:
            exp = max(min(self._exp, self.adjusted() - ctx.prec), tiny)
        value = self._int * 10 ** (self._exp - exp)
        signed = -value if self._sign else value
        signed += direction
        result = _new(int(signed < 0), abs(signed), exp)
        saved = ctx.rounding
        ctx.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        try:
            flags = dict(ctx.flags)
            traps = dict(ctx.traps)
            ctx.clear_traps()
            r = result._fix(ctx)
            ctx.traps.update(traps)
            ctx.flags.update(flags)
        finally:
            ctx.rounding = saved
        return r

    # -- functions
    def sqrt(self, context=None):
        from _taipan_decmath import sqrt
        return sqrt(self, context if context is not None else getcontext())

    def exp(self, context=None):
        from _taipan_decmath import exp
        return exp(self, context if context is not None else getcontext())

    def ln(self, context=None):
        from _taipan_decmath import ln
        return ln(self, context if context is not None else getcontext())

    def log10(self, context=None):
        from _taipan_decmath import log10
        return log10(self, context if context is not None else getcontext())

    def _logical(self, other, ctx, op):
        other = _conv(other, True)
        ctx = ctx if ctx is not None else getcontext()
        ops = [self, other]
        for d in ops:
            if d._special or d._sign or d._exp != 0 or \
                    set(str(d._int)) - {'0', '1'}:
                return self._invalid(ctx)
        a, b = str(self._int), str(other._int)
        n = max(len(a), len(b))
        a, b = a.zfill(n), b.zfill(n)
        return Decimal(int(''.join(op(x, y) for x, y in zip(a, b))))

    def logical_and(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        ones = Decimal(int('1' * ctx.prec))
        return self.logical_xor(ones, ctx)

    def shift(self, other, context=None):
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        n = int(other) if not other._special and other._exp == 0 else None
        if n is None or abs(n) > ctx.prec:
            return self._invalid(ctx)
        if self._special:
            return self
        digits = str(self._int).zfill(ctx.prec)[-ctx.prec:]
        if n > 0:
            digits = (digits + '0' * n)[-ctx.prec:]
        elif n < 0:
            digits = ('0' * -n + digits)[:ctx.prec]
        return _new(self._sign, int(digits), self._exp)

    def rotate(self, other, context=None):
        other = _conv(other, True)
        ctx = context if context is not None else getcontext()
        nan = self._check_nans(other, ctx)
        if nan is not None:
            return nan
        n = int(other) if not other._special and other._exp == 0 else None
        if n is None or abs(n) > ctx.prec:
            return self._invalid(ctx)
        if self._special:
            return self
        digits = str(self._int).zfill(ctx.prec)[-ctx.prec:]
        n %= ctx.prec
        digits = digits[n:] + digits[:n]
        return _new(self._sign, int(digits), self._exp)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return sign, 0, 'F', 'F'
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
    coef = int(''.join(map(str, digits)) or '0')
    if exp in ('n', 'N'):
        return sign, coef, exp, exp
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be "
                         "'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return sign, coef, exp, ''


def _round_coef(coef, n, rounding, sign):
    """(coef with its last n digits dropped, rounded by `rounding`,
    whether any dropped digit was nonzero)."""
    q, r = divmod(coef, 10 ** n)
    if r == 0:
        return q, False
    half = 5 * 10 ** (n - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _align(a, b, prec):
    """The operands of an addition, the one far below the other replaced
    by a tiny stand-in that rounds the same way."""
    if a._exp < b._exp:
        a, b = b, a
    # a has the larger exponent; b may lie far below a's last digit.
    floor = a._exp + min(-1, _digits(a._int) - prec - 2)
    if b.adjusted() < floor:
        b = _new(b._sign, 1, floor)
    return a, b


_NAN = _new(0, 0, 'n', 'n')

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999,
                       Emax=999999, capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999,
                          Emax=999999, capitals=1, clamp=0, flags=[],
                          traps=[])
_default_ready = True

_numbers.Number.register(Decimal)

for _cls in (Decimal, Context):
    _cls.__module__ = 'decimal'
    # Error messages name the type as CPython's C type does.
    _cls.__taipan_tp_name__ = 'decimal.' + _cls.__name__
del _cls, _name
