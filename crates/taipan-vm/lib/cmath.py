"""Mathematical functions for complex numbers (Taipan's own implementation).

The inverse functions use Kahan's formulas over a careful square root,
so their branch cuts follow the signs of zeros as C99 Annex G says; the
last bits may differ from CPython's in places.
"""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    """z as a complex, or the TypeError of CPython's conversion."""
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), '__complex__'):
        return complex(z)
    if hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(float(z))
    raise TypeError('must be real number, not %s' % type(z).__name__)


def _domain():
    return ValueError('math domain error')


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def phase(z, /):
    """The argument of z, in [-pi, pi]."""
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """(modulus, phase) of z."""
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError('math range error')
    return r, phase(z)


def rect(r, phi, /):
    """The complex number with modulus r and phase phi."""
    r, phi = float(r), float(phi)
    if _m.isinf(phi) and r == 0:
        return complex(0.0, 0.0)
    if _m.isinf(r) and phi == 0:
        return complex(r, phi * r if r < 0 else phi)
    if _m.isinf(phi):
        raise _domain()
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    z = _c(z)
    return _finite(z)


def isinf(z, /):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Whether a and b are close in value."""
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or
            diff <= abs_tol)


def sqrt(z, /):
    """The principal square root of z."""
    z = _c(z)
    x, y = z.real, z.imag
    if _m.isinf(y):
        return complex(inf, y)
    if _m.isnan(x) or _m.isnan(y):
        if _m.isinf(x):
            return complex(abs(y) if x < 0 else x, _m.copysign(inf, y)
                           if x < 0 else y)
        return complex(nan, nan)
    if _m.isinf(x):
        if x > 0:
            return complex(x, _m.copysign(0.0, y))
        return complex(0.0, _m.copysign(inf, y))
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax, ay = _m.ldexp(ax, 53), _m.ldexp(ay, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 0))), -27)
    else:
        ax8 = ax / 8.0
        s = 2.0 * _m.sqrt(ax8 + _m.hypot(ax8, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def exp(z, /):
    """e raised to the power z."""
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and x < 0:
            if _m.isfinite(y):
                return complex(0.0 * _m.cos(y), 0.0 * _m.sin(y))
            return complex(0.0, 0.0)
        if _m.isinf(x):
            if y == 0:
                return complex(x, y)
            if _m.isfinite(y):
                return complex(x * _m.cos(y), x * _m.sin(y))
            if _m.isinf(y):
                raise _domain()
            return complex(x, nan)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        return complex(nan, y if y == 0 else nan)
    try:
        if x > 708.0:
            l = _m.exp(x - 1.0)
            r = complex(l * _m.cos(y) * e, l * _m.sin(y) * e)
        else:
            l = _m.exp(x)
            r = complex(l * _m.cos(y), l * _m.sin(y))
    except OverflowError:
        raise OverflowError('math range error') from None
    if not _finite(r):
        raise OverflowError('math range error')
    return r


def log(z, base=None, /):
    """The natural logarithm of z (or the logarithm to base)."""
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0 and y == 0:
        raise _domain()
    ax, ay = abs(x), abs(y)
    if _m.isinf(ax) or _m.isinf(ay):
        real = inf
    elif _m.isnan(ax) or _m.isnan(ay):
        real = nan
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        elif _m.isinf(h):
            real = _m.log(_m.hypot(ax / 2, ay / 2)) + _m.log(2)
        else:
            real = _m.log(h)
    result = complex(real, _m.atan2(y, x))
    if base is not None:
        b = log(_c(base))
        if b == 0:
            raise ZeroDivisionError('division by zero')
        result = result / b
    return result


def log10(z, /):
    """The base-10 logarithm of z."""
    r = log(z)
    return complex(r.real / _m.log(10), r.imag / _m.log(10))


def cosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    try:
        if abs(x) > 708:
            r = complex(_m.cos(y) * _m.cosh(x - 1) * e,
                        _m.sin(y) * _m.sinh(x - 1) * e)
        else:
            r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    except OverflowError:
        raise OverflowError('math range error') from None
    if _finite(z) and not _finite(r):
        raise OverflowError('math range error')
    return r


def sinh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    try:
        if abs(x) > 708:
            r = complex(_m.cos(y) * _m.sinh(x - _m.copysign(1, x)) * e,
                        _m.sin(y) * _m.cosh(x - _m.copysign(1, x)) * e)
        else:
            r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    except OverflowError:
        raise OverflowError('math range error') from None
    if _finite(z) and not _finite(r):
        raise OverflowError('math range error')
    return r


def tanh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354:
        return complex(_m.copysign(1.0, x),
                       4 * _m.sin(y) * _m.cos(y) * _m.exp(-2 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom,
                   ((ty / denom) * cx) * cx)


def cos(z, /):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z, /):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def tan(z, /):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def asinh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 1e150 or abs(y) > 1e150:
        r = log(complex(abs(x), abs(y)))
        return complex(_m.copysign(r.real + _m.log(2), x),
                       _m.atan2(y, abs(x)))
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z, /):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 1e150 or abs(y) > 1e150:
        real = _m.atan2(abs(y), x)
        r = log(complex(abs(x), abs(y)))
        imag = r.real + _m.log(2)
        return complex(real, -imag if y >= 0 else imag)
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 1e150 or abs(y) > 1e150:
        r = log(complex(abs(x), abs(y)))
        return complex(r.real + _m.log(2), _m.atan2(y, x))
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def atanh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    if x == 1 and y == 0:
        raise _domain()
    ay = abs(y)
    if x > 1e150 or ay > 1e150:
        h = _m.hypot(x / 2, y / 2)
        return complex(x / 4 / h / h, -_m.copysign(pi / 2, -y))
    real = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z, /):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)
