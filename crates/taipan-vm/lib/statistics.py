"""Basic statistics: averages, spread, quantiles and simple regression.

Sums are exact (Fractions) and converted back to the type of the data,
as in CPython: the mean of ints is an int when exact, else a float.
"""

import math
from collections import Counter, namedtuple
from fractions import Fraction

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance',
           'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    """Raised for statistically invalid input (e.g. empty data)."""


def _exact(x):
    """(numerator, denominator) of a number, exactly."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type of a result mixing types T and S (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact Fraction sum or float special, count) of `data`."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _exact(x)
        if d is None:
            special = x if special is None else special + x
            continue
        partials[d] = partials.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = sum(Fraction(n, d) for d, n in partials.items())
    return T, Fraction(total), count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Fraction):
            return value
        raise


def _ss(data, c=None):
    """(type, sum of squared deviations, count, mean) of `data`, exactly."""
    data = list(data)
    T, total, n = _sum(data)
    if n == 0:
        return T, Fraction(0), 0, Fraction(0)
    if not isinstance(total, Fraction):
        return T, math.nan if total != total else total, n, total
    mean_value = total / n if c is None else Fraction(*_exact(c))
    sq = Fraction(0)
    for x in data:
        num, den = _exact(x)
        diff = Fraction(num, den) - mean_value
        sq += diff * diff
    return T, sq, n, mean_value


def _sqrt_frac(n, m):
    """The correctly rounded float square root of n / m."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        a = math.isqrt(n // (m << 2 * q))
        numerator = (a | (a * a * (m << 2 * q) != n)) << q
        denominator = 1
    else:
        a = math.isqrt((n << -2 * q) // m)
        numerator = a | (a * a * m != (n << -2 * q))
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    """The arithmetic mean of `data`."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, Fraction):
        return total / n
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean of `data` as a float (fast)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.sumprod(data, weights) / total


def geometric_mean(data):
    """The geometric mean of positive `data`, as a float."""
    n = 0
    found_zero = False
    logs = []
    for x in data:
        n += 1
        if x > 0:
            logs.append(math.log(x))
        elif x == 0:
            found_zero = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(sum(logs)):
        return math.nan
    if found_zero:
        return math.nan if math.inf in logs else 0.0
    return math.exp(math.fsum(logs) / n)


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative `data`."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in weights)
    for x in list(data) + list(weights):
        if x < 0:
            raise StatisticsError(errmsg)
    try:
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The median (middle value, or mean of the two middle values)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The low median of `data`."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median of `data`."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lo = x - interval / 2
    from bisect import bisect_left, bisect_right
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    cf = i
    f = j - i
    return lo + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one seen on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """The list of most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    """The sample variance of `data`."""
    T, ss, n, _ = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, Fraction):
        return ss
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of `data`."""
    T, ss, n, _ = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, Fraction):
        return ss
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation of `data`."""
    T, ss, n, _ = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of `data`."""
    T, ss, n, _ = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / n
    return _sqrt_frac(mss.numerator, mss.denominator)


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing `data` into n equal-probability groups."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum_mean(x)
    ybar = fsum_mean(y)
    sxy = math.sumprod((xi - xbar for xi in x), (yi - ybar for yi in y))
    return sxy / (n - 1)


def fsum_mean(data):
    return math.fsum(data) / len(data)


def correlation(x, y, /, *, method='linear'):
    """Pearson's (or Spearman's, method='ranked') correlation coefficient."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x = _rank(x)
        y = _rank(y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    x = [xi - xbar for xi in x]
    y = [yi - ybar for yi in y]
    sxy = math.sumprod(x, y)
    sxx = math.sumprod(x, x)
    syy = math.sumprod(y, y)
    try:
        return sxy / _sqrt_frac(*Fraction(sxx * syy).as_integer_ratio())
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def _rank(data):
    order = sorted(range(len(data)), key=lambda i: data[i])
    ranks = [0.0] * len(data)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        i = j + 1
    return ranks


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = math.sumprod(x, y) + 0.0
    sxx = math.sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# Wichura's Algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the normal quantile, coefficients highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        return mu + (_horner(num, r) * q / _horner(den, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal distribution: mean mu, standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * math.erfc((self._mu - x) / (self._sigma * math.sqrt(2.0)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def samples(self, n, *, seed=None):
        import random
        rnd = random.random if seed is None else random.Random(seed).random
        mu, sigma = self._mu, self._sigma
        return [_normal_dist_inv_cdf(rnd(), mu, sigma) for _ in range(n)]

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 2.0 * NormalDist(dm, 2.0 * X._sigma).cdf(0)
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    T, ss, n, xbar = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    return float(xbar), _sqrt_frac(mss.numerator, mss.denominator)
