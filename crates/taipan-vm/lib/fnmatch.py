"""Unix shell-style filename matching: fnmatch, fnmatchcase, filter, translate.

Patterns are parsed into single-character tokens and matched by a
two-pointer wildcard matcher; `translate` renders the same tokens as the
regular expression CPython produces.
"""

import os
import posixpath

__all__ = ["filter", "filterfalse", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _parse_class(pat, i, n):
    """The token for the class starting after '[' at `i`, and its end; None if unclosed."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None, i
    stuff = pat[i:j]
    negate = stuff.startswith('!')
    if negate:
        stuff = stuff[1:]
    items = []
    k = 0
    while k < len(stuff):
        if k + 2 < len(stuff) and stuff[k + 1] == '-':
            if stuff[k] <= stuff[k + 2]:
                items.append((stuff[k], stuff[k + 2]))
            k += 3
        else:
            items.append((stuff[k], stuff[k]))
            k += 1
    return ('class', negate, items), j + 1


def _parse(pat):
    """The tokens of `pat`: chars, '?' as ('any',), '*' as ('star',), classes."""
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('star',):
                tokens.append(('star',))
        elif c == '?':
            tokens.append(('any',))
        elif c == '[':
            tok, i2 = _parse_class(pat, i, n)
            if tok is None:
                tokens.append(('char', '['))
            else:
                tokens.append(tok)
                i = i2
        else:
            tokens.append(('char', c))
    return tokens


def _one(tok, c):
    kind = tok[0]
    if kind == 'char':
        return tok[1] == c
    if kind == 'any':
        return True
    inside = False
    for lo, hi in tok[2]:
        if lo <= c <= hi:
            inside = True
            break
    return inside != tok[1]


def _match(tokens, name):
    t = 0
    s = 0
    star = -1
    mark = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t][0] != 'star' and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif t < nt and tokens[t][0] == 'star':
            star = t
            mark = s
            t += 1
        elif star >= 0:
            t = star + 1
            mark += 1
            s = mark
        else:
            return False
    while t < nt and tokens[t][0] == 'star':
        t += 1
    return t == nt


def _tokens(pat):
    try:
        return _cache[pat]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        tokens = _parse(str(pat, 'ISO-8859-1'))
    else:
        tokens = _parse(pat)
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _text(name, pat):
    if isinstance(name, bytes):
        if not isinstance(pat, bytes):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return str(name, 'ISO-8859-1')
    if isinstance(pat, bytes):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    return name


def fnmatchcase(name, pat):
    """Test whether `name` matches the shell pattern `pat`, case-sensitively."""
    return _match(_tokens(pat), _text(name, pat))


def fnmatch(name, pat):
    """Test whether `name` matches `pat` (after os.path.normcase)."""
    name = os.fspath(name)
    pat = os.fspath(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The elements of `names` that match `pat`."""
    pat = os.fspath(pat)
    tokens = _tokens(pat)
    return [name for name in names
            if _match(tokens, _text(os.fspath(name), pat))]


def filterfalse(names, pat):
    """The elements of `names` that do not match `pat`."""
    pat = os.fspath(pat)
    tokens = _tokens(pat)
    return [name for name in names
            if not _match(tokens, _text(os.fspath(name), pat))]


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def _class_regex(tok):
    negate, items = tok[1], tok[2]
    if not items:
        return '.' if negate else '(?!)'
    parts = []
    for lo, hi in items:
        lo_s = lo.replace('\\', '\\\\').replace('-', '\\-')
        if lo == hi:
            parts.append(lo_s)
        else:
            parts.append(lo_s + '-' + hi.replace('\\', '\\\\').replace('-', '\\-'))
    stuff = ''.join(parts)
    out = []
    for c in stuff:
        out.append('\\' + c if c in '&~|' else c)
    stuff = ''.join(out)
    if stuff[0] in '^[':
        stuff = '\\' + stuff
    return '[' + ('^' if negate else '') + stuff + ']'


def _token_regex(tok):
    kind = tok[0]
    if kind == 'char':
        return _escape(tok[1])
    if kind == 'any':
        return '.'
    return _class_regex(tok)


def translate(pat):
    """The regular expression (a string) that matches what `pat` matches."""
    pieces = [[]]
    for tok in _parse(pat):
        if tok[0] == 'star':
            pieces.append([])
        else:
            pieces[-1].append(_token_regex(tok))
    parts = [''.join(piece) for piece in pieces]
    res = parts[0]
    if len(parts) > 1:
        for middle in parts[1:-1]:
            res += '(?>.*?' + middle + ')'
        res += '.*' + parts[-1]
    return '(?s:' + res + ')\\z'
