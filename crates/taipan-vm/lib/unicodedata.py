"""The Unicode Character Database (Taipan's own implementation).

Names, categories, normalization and combining classes come from the
native ``_taipan_unicodedata``; digit values are derived from the
categories (decimal digits come in runs of ten starting at zero), with a
small table of the other numeric characters.
"""

import _taipan_unicodedata as _u

unidata_version = '16.0.0'

# Numeric values of common non-decimal characters.
_NUMERIC = {
    '\u00bc': 0.25, '\u00bd': 0.5, '\u00be': 0.75, '\u2150': 1 / 7,
    '\u2151': 1 / 9, '\u2152': 0.1, '\u2153': 1 / 3, '\u2154': 2 / 3,
    '\u2155': 0.2, '\u2156': 0.4, '\u2157': 0.6, '\u2158': 0.8,
    '\u2159': 1 / 6, '\u215a': 5 / 6, '\u215b': 0.125, '\u215c': 0.375,
    '\u215d': 0.625, '\u215e': 0.875, '\u215f': 1.0, '\u2189': 0.0,
    '\u3007': 0.0, '\u4e00': 1.0, '\u4e8c': 2.0, '\u4e09': 3.0,
    '\u56db': 4.0, '\u4e94': 5.0, '\u516d': 6.0, '\u4e03': 7.0,
    '\u516b': 8.0, '\u4e5d': 9.0, '\u5341': 10.0, '\u767e': 100.0,
    '\u5343': 1000.0, '\u4e07': 10000.0,
}
_ROMAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 50, 100, 500, 1000]
for _i, _v in enumerate(_ROMAN):
    _NUMERIC[chr(0x2160 + _i)] = float(_v)
    _NUMERIC[chr(0x2170 + _i)] = float(_v)
# Digits that are not decimal: superscripts, subscripts, circled.
_DIGIT = {'\u00b2': 2, '\u00b3': 3, '\u00b9': 1, '\u2070': 0}
for _i in range(4, 10):
    _DIGIT[chr(0x2070 + _i)] = _i
for _i in range(10):
    _DIGIT[chr(0x2080 + _i)] = _i
for _i in range(9):
    _DIGIT[chr(0x2460 + _i)] = _i + 1
    _DIGIT[chr(0x2474 + _i)] = _i + 1
    _DIGIT[chr(0x2488 + _i)] = _i + 1
    _DIGIT[chr(0x2776 + _i)] = _i + 1
_DIGIT['\u24ea'] = 0
for _i in range(20):
    _NUMERIC.setdefault(chr(0x2460 + _i), float(_i + 1))
del _i, _v

_EAST_ASIAN_WIDE = [
    (0x1100, 0x115f), (0x231a, 0x231b), (0x2329, 0x232a), (0x23e9, 0x23ec),
    (0x2e80, 0x303e), (0x3041, 0x33ff), (0x3400, 0x4dbf), (0x4e00, 0x9fff),
    (0xa000, 0xa4cf), (0xa960, 0xa97f), (0xac00, 0xd7a3), (0xf900, 0xfaff),
    (0xfe10, 0xfe19), (0xfe30, 0xfe6f), (0x1f300, 0x1f64f),
    (0x1f680, 0x1f6ff), (0x1f900, 0x1f9ff), (0x20000, 0x2fffd),
    (0x30000, 0x3fffd),
]
_AMBIGUOUS = set('\u00a1\u00a4\u00a7\u00a8\u00aa\u00ad\u00ae\u00b0\u00b1'
                 '\u00b2\u00b3\u00b4\u00b6\u00b7\u00b8\u00b9\u00ba\u00bc'
                 '\u00bd\u00be\u00bf\u00c6\u00d0\u00d7\u00d8\u00de\u00df'
                 '\u00e0\u00e1\u00e6\u00e8\u00e9\u00ea\u00ec\u00ed\u00f0'
                 '\u00f2\u00f3\u00f7\u00f8\u00f9\u00fa\u00fc\u00fe\u2018'
                 '\u2019\u201c\u201d\u2020\u2021\u2022\u2026\u2030\u203b'
                 '\u2103\u2116\u2122\u2190\u2191\u2192\u2193\u2194\u21d2'
                 '\u21d4\u2200\u2203\u2208\u220f\u2211\u221a\u221e\u2220'
                 '\u2227\u2228\u2229\u222a\u222b\u2234\u2248\u2260\u2261'
                 '\u2264\u2265\u2282\u2283\u2500\u2502\u25a0\u25a1\u25b2'
                 '\u25b3\u25bc\u25bd\u25c6\u25cb\u25ce\u25cf\u2605\u2606'
                 '\u2640\u2642')


def _char(fn, c):
    if not isinstance(c, str):
        raise TypeError('%s() argument 1 must be a unicode character, not %s'
                        % (fn, type(c).__name__))
    if len(c) != 1:
        raise TypeError('%s(): argument must be a unicode character, not a '
                        'string of length %d' % (fn, len(c)))
    return c


_MISSING = object()


def name(chr, default=_MISSING, /):
    """The name of the character chr."""
    _char('name', chr)
    result = _u.name(chr)
    if result is None:
        if default is _MISSING:
            raise ValueError('no such name')
        return default
    return result


def lookup(name, /):
    """The character with the given name (or alias)."""
    if isinstance(name, bytes):
        name = name.decode('ascii', 'replace')
    result = _u.lookup(name)
    if result is None:
        raise KeyError("undefined character name '%s'" % name)
    return result


def category(chr, /):
    """The general category of chr ('Lu', 'Nd', ...)."""
    return _u.category(_char('category', chr))


def _decimal_value(c):
    """The digit value of a decimal digit (Nd), else None: Nd characters
    come in runs of ten, 0 to 9, so the value is the distance to the start
    of the run modulo ten."""
    if _u.category(c) != 'Nd':
        return None
    start = ord(c)
    while start > 0 and _u.category(chr(start - 1)) == 'Nd':
        start -= 1
    return (ord(c) - start) % 10


def decimal(chr, default=_MISSING, /):
    """The decimal digit value of chr."""
    _char('decimal', chr)
    value = _decimal_value(chr)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a decimal')
        return default
    return value


def digit(chr, default=_MISSING, /):
    """The digit value of chr."""
    _char('digit', chr)
    value = _decimal_value(chr)
    if value is None:
        value = _DIGIT.get(chr)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a digit')
        return default
    return value


def numeric(chr, default=_MISSING, /):
    """The numeric value of chr, as a float."""
    _char('numeric', chr)
    value = _decimal_value(chr)
    if value is None:
        value = _DIGIT.get(chr)
    if value is None:
        value = _NUMERIC.get(chr)
    if value is None:
        if default is _MISSING:
            raise ValueError('not a numeric character')
        return default
    return float(value)


def combining(chr, /):
    """The canonical combining class of chr."""
    return _u.combining(_char('combining', chr))


def decomposition(chr, /):
    """The decomposition mapping of chr, as hex code points."""
    return _u.decomposition(_char('decomposition', chr))


def mirrored(chr, /):
    """1 if chr is mirrored in bidirectional text, else 0."""
    _char('mirrored', chr)
    return int(chr in '()<>[]{}\u00ab\u00bb\u2039\u203a\u2045\u2046'
               '\u207d\u207e\u208d\u208e\u2208\u2209\u220a\u220b\u220c'
               '\u220d\u2264\u2265\u2282\u2283\u3008\u3009\u300a\u300b'
               '\u300c\u300d\u300e\u300f\u3010\u3011')


def bidirectional(chr, /):
    """The bidirectional class of chr (approximate beyond common text)."""
    _char('bidirectional', chr)
    cp = ord(chr)
    cat = _u.category(chr)
    if '0' <= chr <= '9':
        return 'EN'
    if chr in '+-':
        return 'ES'
    if chr in '#$%\u00a2\u00a3\u00a4\u00a5\u00b0\u00b1':
        return 'ET'
    if chr in ',.:/\u00a0':
        return 'CS'
    if chr in '\n\r\x1c\x1d\x1e\x85\u2029':
        return 'B'
    if chr in '\t\x0b\x1f':
        return 'S'
    if chr in ' \x0c' or cat == 'Zs':
        return 'WS'
    if 0x590 <= cp <= 0x5ff or 0xfb1d <= cp <= 0xfb4f:
        return 'R' if cat != 'Mn' else 'NSM'
    if 0x600 <= cp <= 0x6ff or 0x750 <= cp <= 0x77f:
        if cat == 'Nd':
            return 'AN'
        return 'AL' if cat != 'Mn' else 'NSM'
    if cat in ('Mn', 'Me'):
        return 'NSM'
    if cat in ('Cc', 'Cf'):
        return 'BN'
    if cat.startswith('L') or cat in ('Mc', 'Nl', 'Co'):
        return 'L'
    return 'ON' if cat != 'Cn' else ''


def east_asian_width(chr, /):
    """The East Asian width of chr: 'W', 'F', 'Na', 'H', 'A' or 'N'."""
    _char('east_asian_width', chr)
    cp = ord(chr)
    if 0x20 <= cp <= 0x7e:
        return 'Na'
    if 0xff01 <= cp <= 0xff60 or 0xffe0 <= cp <= 0xffe6 or cp == 0x3000:
        return 'F'
    if 0xff61 <= cp <= 0xffdc or 0xffe8 <= cp <= 0xffee or \
            cp == 0x20a9:
        return 'H'
    for lo, hi in _EAST_ASIAN_WIDE:
        if lo <= cp <= hi:
            return 'W'
    if chr in _AMBIGUOUS or 0x391 <= cp <= 0x3c9 or 0x401 <= cp <= 0x451 \
            or 0xe000 <= cp <= 0xf8ff or 0x300 <= cp <= 0x36f or \
            0x2160 <= cp <= 0x216b or 0x2170 <= cp <= 0x2179 or \
            cp == 0x20ac:
        return 'A'
    if cp in (0xa2, 0xa3, 0xa5, 0xa6, 0xac, 0xaf):
        return 'Na'
    return 'N'


def normalize(form, unistr, /):
    """unistr in the normalization form NFC, NFD, NFKC or NFKD."""
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s'
                        % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s'
                        % type(unistr).__name__)
    return _u.normalize(form, unistr)


def is_normalized(form, unistr, /):
    """Whether unistr is in the normalization form `form`."""
    if not isinstance(unistr, str):
        raise TypeError('is_normalized() argument 2 must be str, not %s'
                        % type(unistr).__name__)
    return _u.is_normalized(form, unistr)
