"""decimal's transcendental functions and powers (Taipan's own code).

Values are computed in fixed point (an int scaled by 10**P) with guard
digits beyond the context precision, then rounded once by ``_fix``: a
result that is not exact gets a sticky last digit so the rounding sees
it as inexact. ln and log10 retry with more digits when the result is
small (cancellation near 1).
"""

from math import isqrt
from decimal import Decimal, _new, _digits, ROUND_HALF_EVEN

_GUARD = 12


def _fixed(d, p):
    """The finite Decimal d as an int scaled by 10**p (truncated)."""
    shift = d._exp + p
    v = d._int * 10 ** shift if shift >= 0 else d._int // 10 ** -shift
    return -v if d._sign else v


def _ln_fixed(m, p):
    """ln(m / 10**p) for 1 <= m / 10**p <= 10, scaled by 10**p."""
    one = 10 ** p
    halvings = 0
    while 10 * m > 11 * one:
        m = isqrt(m * one)
        halvings += 1
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    total, term, k = 0, z, 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    return (2 * total) << halvings


def _exp_fixed(x, p):
    """exp(x / 10**p) scaled by 10**p, for |x| / 10**p below ~1.2."""
    one = 10 ** p
    halvings = 8
    r = x >> halvings if x >= 0 else -((-x) >> halvings)
    total, term, k = one, one, 1
    while term:
        term = term * r // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total


def _inexact(sign, value, exp):
    """A Decimal for the inexact result value * 10**exp (sticky digit)."""
    return _new(sign, value * 10 + 1, exp - 1)


def _rounded(result, ctx):
    """result rounded to ctx with ROUND_HALF_EVEN."""
    saved = ctx.rounding
    ctx.rounding = ROUND_HALF_EVEN
    try:
        return result._fix(ctx)
    finally:
        ctx.rounding = saved


def _ln_value(x, p):
    """ln(x) scaled by 10**p for a finite positive Decimal x."""
    adj = x.adjusted()
    m = _fixed(_new(0, x._int, x._exp - adj), p)
    value = _ln_fixed(m, p)
    if adj:
        value += adj * _ln_fixed(10 * 10 ** p, p)
    return value


def _ln_decimal(x, prec):
    """(sign, coefficient, exponent) of ln(x) to about prec + guard digits
    (x finite, positive, not 1)."""
    p = prec + _GUARD
    while True:
        v = _ln_value(x, p)
        digits = _digits(abs(v))
        if digits >= prec + _GUARD // 2:
            return int(v < 0), abs(v), -p
        p += prec + _GUARD - digits


def _special_checks(x, ctx):
    nan = x._check_nans(context=ctx)
    if nan is not None:
        return nan
    return None


def sqrt(x, ctx):
    """The square root of x, correctly rounded (half even)."""
    nan = _special_checks(x, ctx)
    if nan is not None:
        return nan
    if x._special == 'F':
        return x._invalid(ctx) if x._sign else x
    if x._int == 0:
        return _new(x._sign, 0, x._exp // 2)._fix(ctx)
    if x._sign:
        return x._invalid(ctx)
    prec = ctx.prec
    shift = max(0, 2 * prec + 2 - _digits(x._int))
    if (x._exp - shift) % 2:
        shift += 1
    n = x._int * 10 ** shift
    r = isqrt(n)
    exp = (x._exp - shift) // 2
    ideal = x._exp // 2
    if r * r == n:
        while exp < ideal and r % 10 == 0:
            r //= 10
            exp += 1
        result = _new(0, r, exp)
    else:
        if r % 5 == 0:
            r += 1
        result = _new(0, r, exp)
    return _rounded(result, ctx)


def exp(x, ctx):
    """e ** x, correctly rounded in all but pathological cases."""
    nan = _special_checks(x, ctx)
    if nan is not None:
        return nan
    if x._special == 'F':
        return _new(0, 0, 0) if x._sign else x
    if x._int == 0:
        return _new(0, 1, 0)
    adj = x.adjusted()
    limit = len(str(max(ctx.Emax, -ctx.Emin))) + 1
    if adj >= limit:
        big = _new(0, 1, ctx.Emax + 1) if not x._sign else \
            _new(0, 1, ctx.Emin - ctx.prec - 1)
        return _rounded(big, ctx)
    p = ctx.prec + _GUARD + max(adj, 0)
    xv = _fixed(x, p)
    ln10 = _ln_fixed(10 * 10 ** p, p)
    n = (2 * xv + ln10) // (2 * ln10)
    r = xv - n * ln10
    value = _exp_fixed(r, p)
    return _rounded(_inexact(0, value, n - p), ctx)


def _log_special(x, ctx):
    """What ln and log10 give for a NaN, zero (-Infinity), a negative
    number (invalid) or Infinity; None for a positive finite x."""
    nan = _special_checks(x, ctx)
    if nan is not None:
        return nan
    if x._int == 0 and not x._special:
        return _new(1, 0, 'F', 'F')
    if x._sign:
        return x._invalid(ctx)
    if x._special == 'F':
        return x
    return None


def ln(x, ctx):
    """The natural logarithm of x."""
    special = _log_special(x, ctx)
    if special is not None:
        return special
    if x._int == 1 and x._exp == 0 or x == 1:
        return _new(0, 0, 0)
    sign, coef, e = _ln_decimal(x, ctx.prec)
    return _rounded(_inexact(sign, coef, e), ctx)


def log10(x, ctx):
    """The base-10 logarithm of x (exact for powers of ten)."""
    special = _log_special(x, ctx)
    if special is not None:
        return special
    digits = str(x._int)
    if digits.strip('0') == '1' and digits[0] == '1':
        return Decimal(x._exp + len(digits) - 1)._fix(ctx)
    p = ctx.prec + _GUARD
    while True:
        v = _ln_value(x, p) * 10 ** p // _ln_fixed(10 * 10 ** p, p)
        if _digits(abs(v)) >= ctx.prec + _GUARD // 2:
            break
        p += ctx.prec + _GUARD - _digits(abs(v))
    return _rounded(_inexact(int(v < 0), abs(v), -p), ctx)


def _integral(d):
    """d's value as an int if it is a finite integer, else None."""
    if d._special:
        return None
    if d._exp >= 0:
        n = d._int * 10 ** d._exp
    else:
        q, r = divmod(d._int, 10 ** -d._exp)
        if r:
            return None
        n = q
    return -n if d._sign else n


def _power_modulo(x, y, modulo, ctx):
    from decimal import _conv
    modulo = _conv(modulo, True)
    nan = x._check_nans(y, ctx)
    if nan is None:
        nan = modulo._check_nans(context=ctx)
    if nan is not None:
        return nan
    a, b, m = _integral(x), _integral(y), _integral(modulo)
    if a is None or b is None or m is None or b < 0 or m == 0 or \
            _digits(abs(m)) > ctx.prec or (a == 0 and b == 0):
        return x._invalid(ctx)
    r = pow(abs(a), b, abs(m))
    return _new(int(a < 0 and b % 2 == 1), r, 0)


def power(x, y, modulo, ctx):
    """x ** y (or pow(x, y, modulo))."""
    if modulo is not None:
        return _power_modulo(x, y, modulo, ctx)
    nan = x._check_nans(y, ctx)
    if nan is not None:
        return nan
    n = _integral(y)
    sign = int(x._sign and n is not None and n % 2 == 1)
    if not x._special and x._int == 0:
        if y._special != 'F' and y._int == 0:
            return x._invalid(ctx)
        if x._sign and n is None and not y._special == 'F':
            return x._invalid(ctx) if y._sign else _new(0, 0, 0)
        if y._sign:
            return _new(sign, 0, 'F', 'F')
        return _new(sign, 0, 0)
    if x._sign and n is None:
        return x._invalid(ctx)
    if x._special == 'F':
        if y._special != 'F' and y._int == 0:
            return _new(0, 1, 0)
        return _new(sign, 0, 0) if y._sign else _new(sign, 0, 'F', 'F')
    if y._special == 'F':
        c = x.copy_abs()._cmp(_new(0, 1, 0))
        if c == 0:
            return _rounded(_inexact(0, 10 ** (ctx.prec - 1),
                                     1 - ctx.prec), ctx)
        if (c > 0) != bool(y._sign):
            return _new(0, 0, 'F', 'F')
        return _new(0, 0, 0)
    if n is not None:
        return _int_power(x, n, sign, ctx)
    return _real_power(x, y, ctx)


def _int_power(x, n, sign, ctx):
    if n == 0:
        return _new(0, 1, 0)
    size = _digits(x._int) * abs(n)
    adj = x.adjusted()
    if abs(adj * n) > 2 * max(ctx.Emax, -ctx.Emin) + 10:
        huge = (adj >= 0) == (n > 0)
        if huge:
            return _rounded(_new(sign, 1, ctx.Emax + 1), ctx)
        return _rounded(_new(sign, 1, ctx.Emin - ctx.prec - 2), ctx)
    if size > 4 * ctx.prec + 4000:
        return _real_power(x.copy_abs(), Decimal(n), ctx, sign)
    exact = _new(sign, x._int ** abs(n), x._exp * abs(n))
    if n > 0:
        return exact._fix(ctx)
    return _new(0, 1, 0).__truediv__(exact, ctx)


def _real_power(x, y, ctx, sign=0):
    """exp(y * ln(x)) for x > 0 with enough digits for prec."""
    if x._int == 1 and x._exp == 0:
        return _rounded(_inexact(0, 10 ** (ctx.prec - 1), 1 - ctx.prec),
                        ctx)
    lsign, lcoef, lexp = _ln_decimal(x, ctx.prec + 10)
    t = _new(lsign ^ y._sign, lcoef * y._int, lexp + y._exp)
    adj = t.adjusted()
    limit = len(str(max(ctx.Emax, -ctx.Emin))) + 1
    if adj >= limit:
        if t._sign:
            return _rounded(_new(sign, 1, ctx.Emin - ctx.prec - 2), ctx)
        return _rounded(_new(sign, 1, ctx.Emax + 1), ctx)
    p = ctx.prec + _GUARD + max(adj, 0)
    tv = _fixed(t, p)
    ln10 = _ln_fixed(10 * 10 ** p, p)
    k = (2 * tv + ln10) // (2 * ln10)
    value = _exp_fixed(tv - k * ln10, p)
    return _rounded(_inexact(sign, value, k - p), ctx)
