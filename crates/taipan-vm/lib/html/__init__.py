"""General functions for HTML manipulation (Taipan's own implementation)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with &, < and > (and the quotes when `quote`) made HTML-safe."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


def _cp1252(n):
    try:
        return bytes([n]).decode('cp1252')
    except UnicodeDecodeError:
        return chr(n)


_invalid_charrefs = {n: _cp1252(n) for n in range(0x80, 0xa0)}
_invalid_charrefs[0x00] = '\ufffd'
_invalid_charrefs[0x0d] = '\r'

_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb}
for _plane in range(0x11):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)


def _replace_charref(s):
    s = s.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """s with its named and numeric character references replaced."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
