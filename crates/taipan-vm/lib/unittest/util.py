"""Helpers of `unittest`: safe reprs, shortened reprs, element counts."""

from collections import Counter, namedtuple

__unittest = True

# A repr longer than _MAX_LENGTH is cut around the common prefix of the
# two values compared: at least _MIN_BEGIN_LEN characters are kept before
# a "[N chars]" placeholder, _MIN_COMMON_LEN of the common part and
# _MIN_END_LEN at the end.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN
                               + _MIN_COMMON_LEN + _PLACEHOLDER_LEN
                               + _MIN_END_LEN)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object's; cut at 80 characters if short."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    """'module.QualName' of a class."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _shorten(s, keep_begin, keep_end):
    skipped = len(s) - keep_begin - keep_end
    if skipped > _PLACEHOLDER_LEN:
        return f"{s[:keep_begin]}[{skipped:d} chars]{s[len(s) - keep_end:]}"
    return s


def _common_prefix(texts):
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    n = len(prefix)
    common_len = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN
                                + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + r[n:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) where they differ;
    elements need not be hashable."""
    done = object()
    s, t = list(actual), list(expected)
    out = []
    for i, elem in enumerate(s):
        if elem is done:
            continue
        n_s = n_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                n_s += 1
                s[j] = done
        for j, other in enumerate(t):
            if other == elem:
                n_t += 1
                t[j] = done
        if n_s != n_t:
            out.append(_Mismatch(n_s, n_t, elem))
    for i, elem in enumerate(t):
        if elem is done:
            continue
        n_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                n_t += 1
                t[j] = done
        out.append(_Mismatch(0, n_t, elem))
    return out


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) where they differ."""
    s, t = Counter(actual), Counter(expected)
    out = [_Mismatch(n, t.get(e, 0), e) for e, n in s.items()
           if n != t.get(e, 0)]
    out += [_Mismatch(0, n, e) for e, n in t.items() if e not in s]
    return out
