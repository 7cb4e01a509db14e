"""locale: the C locale only (Taipan does not load system locales);
setlocale accepts "", "C", "POSIX" and "C.UTF-8"."""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE",
           "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "CHAR_MAX", "getencoding", "LC_MESSAGES", "delocalize",
           "localize"]

_builtin_str = str


class Error(Exception):
    """An unsupported locale setting."""


LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_C_NAMES = ('', 'C', 'POSIX', 'C.UTF-8', 'C.utf8')
# Like CPython at startup: LC_CTYPE is the preferred C.UTF-8, the rest C.
_settings = {c: 'C' for c in range(LC_ALL)}
_settings[LC_CTYPE] = 'C.UTF-8'
_GLIBC_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                'LC_IDENTIFICATION')


def _query_all():
    values = set(_settings.values())
    if len(values) == 1:
        return values.pop()
    return ';'.join(f"{name}={_settings.get(i, 'C')}"
                    for i, name in enumerate(_GLIBC_NAMES))


def setlocale(category, locale=None):
    """Query (locale None) or set a category; only C locales exist."""
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error("locale query failed" if locale is None
                    else "unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _query_all() if category == LC_ALL else _settings[category]
    if locale not in _C_NAMES:
        raise Error("unsupported locale setting")
    name = 'C.UTF-8' if locale in ('', 'C.UTF-8', 'C.utf8') else 'C'
    if category == LC_ALL:
        for c in range(LC_ALL):
            _settings[c] = name
    else:
        _settings[category] = name
    return name


def localeconv():
    """The C locale's number formatting conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '',
            'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
            'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b, /):
    """Compare two strings (code point order in the C locale)."""
    return (a > b) - (a < b)


def strxfrm(string, /):
    """The string itself (the C locale's collation key)."""
    return string


def getencoding():
    """The encoding of LC_CTYPE (UTF-8 in C.UTF-8, ASCII in C)."""
    return 'UTF-8' if _settings[LC_CTYPE] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    """The preferred text encoding (UTF-8)."""
    return 'UTF-8'


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category: (None, None) in C, or
    (None, 'UTF-8') in C.UTF-8."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    if _settings[category] == 'C.UTF-8':
        return ('C', 'UTF-8')
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment."""
    import os
    for name in envvars:
        value = os.environ.get(name)
        if value:
            if name == 'LANGUAGE':
                value = value.split(':')[0]
            break
    else:
        value = 'C'
    if value in ('C', 'POSIX'):
        return (None, None)
    code, _, encoding = value.partition('.')
    return (code or None, encoding.partition('@')[0] or None)


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def normalize(localename):
    """A locale name with its encoding spelled canonically."""
    code, dot, encoding = localename.partition('.')
    if not dot:
        return localename
    enc = encoding.lower().replace('-', '').replace('_', '')
    canonical = {'utf8': 'UTF-8', 'iso88591': 'ISO8859-1',
                 'latin1': 'ISO8859-1', 'ascii': 'ISO8859-1'}
    return f"{code}.{canonical.get(enc, encoding)}"


def format_string(f, val, grouping=False, monetary=False):
    """f % val (the C locale has no grouping)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """Not possible in the C locale (ValueError)."""
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """'%.12g' % val."""
    return format_string("%.12g", val)


def delocalize(string):
    """The string with the locale's separators made '.'-style."""
    return string


def localize(string, grouping=False, monetary=False):
    """The string with the locale's decimal point (unchanged in C)."""
    return string


def atof(string, func=float):
    """func(string) after delocalize."""
    return func(delocalize(string))


def atoi(string):
    """int(string) after delocalize."""
    return int(delocalize(string))
