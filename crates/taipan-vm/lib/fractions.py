"""Rational numbers: the Fraction class."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = 2 ** 61 - 1
    _HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None if invalid."""
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        n = _digits(num, False)
        d = _digits(den, False)
        if n is None or d is None:
            return None
        return sign * n, d
    low = s.lower()
    exp = 0
    if 'e' in low:
        i = low.index('e')
        e_text = s[i + 1:]
        s = s[:i]
        esign = 1
        if e_text[:1] in ('+', '-'):
            if e_text[0] == '-':
                esign = -1
            e_text = e_text[1:]
        e = _digits(e_text, False)
        if e is None:
            return None
        exp = esign * e
    whole, dot, frac = s.partition('.')
    if not whole and not frac:
        return None
    w = _digits(whole, True)
    f = _digits(frac, True) if dot else 0
    if w is None or f is None or (dot and not whole and not frac):
        return None
    n = w * 10 ** len(frac.replace('_', '')) + f if dot else w
    exp -= len(frac.replace('_', '')) if dot else 0
    if exp >= 0:
        return sign * n * 10 ** exp, 1
    return sign * n, 10 ** -exp


def _digits(s, empty_ok):
    """The value of ASCII digits with single underscores between them."""
    if not s:
        return 0 if empty_ok else None
    if s[0] == '_' or s[-1] == '_' or '__' in s:
        return None
    for c in s:
        if c != '_' and not ('0' <= c <= '9'):
            return None
    return int(s)


def _round_half_even(n, d):
    """n / d rounded to the nearest integer, ties to even (d > 0)."""
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _parse_spec(spec):
    """The fields of a format spec, or None if it is not one."""
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zneg = alt = zero = False
    if i < n and spec[i] == 'z':
        zneg = True
        i += 1
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ''
    if i < n and spec[i] in ',_':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            return None
        prec = int(spec[j:i])
    kind = spec[i:]
    if len(kind) > 1:
        return None
    return fill, align, sign, zneg, alt, zero, width, group, prec, kind


def _group(digits, sep):
    if not sep:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def _sci(n, d, prec):
    """Digits (prec + 1 of them) and exponent of n/d >= 0, rounded."""
    if n == 0:
        return '0' * (prec + 1), 0
    e = len(str(n)) - len(str(d))
    if (n * 10 ** -e if e < 0 else n) < (d * 10 ** e if e >= 0 else d):
        e -= 1
    shift = prec - e
    if shift >= 0:
        digits = _round_half_even(n * 10 ** shift, d)
    else:
        digits = _round_half_even(n, d * 10 ** -shift)
    if digits >= 10 ** (prec + 1):
        digits //= 10
        e += 1
    return str(digits), e


def _float_body(n, d, prec, kind, alt):
    """The unsigned text of n/d >= 0 in presentation type `kind`."""
    suffix = ''
    if kind == '%':
        n *= 100
        kind = 'f'
        suffix = '%'
    if kind in 'fF':
        digits = str(_round_half_even(n * 10 ** prec, d)).rjust(prec + 1, '0')
        point = '.' if prec or alt else ''
        return digits[:len(digits) - prec], point + digits[len(digits) - prec:], suffix
    if kind in 'eE':
        digits, e = _sci(n, d, prec)
        point = '.' if prec or alt else ''
        exp = '%s%+03d' % (kind, e)
        return digits[0], point + digits[1:], exp + suffix
    prec = prec or 1
    digits, e = _sci(n, d, prec - 1)
    if -4 <= e < prec:
        return _float_body(n, d, prec - 1 - e, 'f' if kind == 'g' else 'F', alt) \
            if alt else _strip(_float_body(n, d, prec - 1 - e, 'f', False))
    body = _float_body(n, d, prec - 1, 'e' if kind == 'g' else 'E', alt)
    return body if alt else _strip(body)


def _strip(body):
    whole, frac, exp = body
    frac = frac.rstrip('0')
    if frac == '.':
        frac = ''
    return whole, frac, exp


def _pad(sign, body, fill, align, width, zero):
    if zero and align is None:
        fill, align = '0', '='
    align = align or '>'
    gap = width - len(sign) - len(body)
    if gap <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * gap
    if align == '^':
        return fill * (gap // 2) + sign + body + fill * (gap - gap // 2)
    if align == '=':
        return sign + fill * gap + body
    return fill * gap + sign + body


def _format_fraction(frac, format_spec):
    spec = _parse_spec(format_spec)
    if spec is None or spec[-1] not in ('', 'e', 'E', 'f', 'F', 'g', 'G', '%'):
        raise ValueError("Invalid format specifier %r for object of type %r"
                         % (format_spec, type(frac).__name__))
    fill, align, sign, zneg, alt, zero, width, group, prec, kind = spec
    n, d = frac._numerator, frac._denominator
    negative = n < 0
    n = abs(n)
    if not kind and prec is None:
        if zero and align is None and fill == ' ':
            pass
        body = _group(str(n), group)
        if d != 1 or alt:
            body += '/' + _group(str(d), group)
    else:
        if prec is None:
            prec = 6
        whole, rest, suffix = _float_body(n, d, prec, kind or 'g', alt)
        if zero and align is None and group:
            whole = whole.rjust(max(1, width - len(rest) - len(suffix) - 1), '0')
        body = _group(whole.lstrip('0') or '0', group) if group else whole
        body += rest + suffix
        if zneg and negative and not any(c in '123456789' for c in body):
            negative = False
    sign_text = '-' if negative else ('' if sign == '-' else sign)
    return _pad(sign_text, body, fill, align, width, zero)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('1.5'), Fraction(0.25)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif isinstance(numerator, (float, numbers.Real)) or hasattr(
                    numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational "
                                "instance or have the as_integer_ratio() method")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
                isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _exact(cls, n, d):
        """A Fraction from an already normalized n/d (d > 0)."""
        obj = object.__new__(cls)
        obj._numerator = n
        obj._denominator = d
        return obj

    @classmethod
    def from_float(cls, f):
        """The exact value of the float `f`."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._exact(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal or integer."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        return cls(*dec.as_integer_ratio())

    @classmethod
    def from_number(cls, number):
        """A Fraction from a Rational or an object with as_integer_ratio()."""
        if isinstance(number, numbers.Rational):
            return cls(number)
        if not isinstance(number, type) and hasattr(number, 'as_integer_ratio'):
            return cls._exact(*number.as_integer_ratio())
        raise TypeError("argument should be a Rational instance or have the "
                        "as_integer_ratio() method")

    def is_integer(self):
        """True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._exact(p1, q1)
        return Fraction._exact(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        return _format_fraction(self, format_spec)

    def _operator_fallbacks(monomorphic, fallback):
        """The forward and reverse methods of one arithmetic operator."""

        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction._exact(b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + fallback.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + fallback.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator,
                        a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator,
                        a._denominator * b._numerator)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._exact(a._numerator ** power,
                                           a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' %
                                            a._denominator ** -power)
                if a._numerator > 0:
                    return Fraction._exact(a._denominator ** -power,
                                           a._numerator ** -power)
                return Fraction._exact((-a._denominator) ** -power,
                                       (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_half_even(self._numerator * shift,
                                             self._denominator), shift)
        return Fraction(_round_half_even(self._numerator,
                                         self._denominator * shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
