"""The codec registry and the codecs written in Python (Taipan's own code).

Text encodings the VM knows (UTF-8/16/32, ASCII, Latin-1, CP-1252) go to
``str.encode``/``bytes.decode``; the escape codecs and the bytes-to-bytes
and text transforms (hex, base64, zlib, rot13) are here.
"""

_search_functions = []
_cache = {}
_error_handlers = {}

_NATIVE = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8',
    'cp65001': 'utf-8', 'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso_8859_1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1', 'latin': 'iso8859-1', 'cp1252': 'cp1252',
    'windows_1252': 'cp1252', 'utf_16': 'utf-16', 'utf16': 'utf-16',
    'u16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be', 'utf_32': 'utf-32',
    'utf32': 'utf-32', 'u32': 'utf-32', 'utf_32_le': 'utf-32-le',
    'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
    'utf_32be': 'utf-32-be',
}
_PYTHON = {
    'raw_unicode_escape': 'raw-unicode-escape',
    'unicode_escape': 'unicode-escape', 'utf_8_sig': 'utf-8-sig',
    'utf8_sig': 'utf-8-sig', 'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib', 'rot13': 'rot-13',
    'rot_13': 'rot-13', 'escape': 'escape', 'string_escape': 'escape',
}


def _normalize(name):
    return '_'.join(name.strip().lower().replace('-', ' ').split())


def register(search_function, /):
    """Add a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Remove a codec search function."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding, /):
    """The CodecInfo of `encoding`, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s'
                        % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            _cache[key] = info
            return info
    import codecs
    info = codecs._builtin_info(key)
    if info is None:
        raise LookupError('unknown encoding: %s' % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded by the codec `encoding`."""
    result = lookup(encoding).encode(obj, errors)
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded by the codec `encoding`."""
    result = lookup(encoding).decode(obj, errors)
    return result[0]


def register_error(name, handler, /):
    """Register an error handler for codecs."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name, /):
    """The error handler registered as `name`."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def _raw_escape(s, raw):
    out = []
    for ch in s:
        o = ord(ch)
        if o >= 0x10000:
            out.append('\\U%08x' % o)
        elif o >= 0x100:
            out.append('\\u%04x' % o)
        elif raw:
            out.append(ch)
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o >= 0x7f:
            out.append('\\x%02x' % o)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def raw_unicode_escape_encode(s, errors=None, /):
    return _raw_escape(s, True), len(s)


def unicode_escape_encode(s, errors=None, /):
    return _raw_escape(s, False), len(s)


_SIMPLE = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
           'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _unescape(data, raw, codec):
    text = bytes(data).decode('latin-1')
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\' and not raw:
                raise UnicodeDecodeError(codec, bytes(data), i, n,
                                         '\\ at end of string')
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in 'uU' or (not raw and nxt == 'x'):
            width = {'x': 2, 'u': 4, 'U': 8}[nxt]
            digits = text[i + 2:i + 2 + width]
            if len(digits) < width or not all(
                    c in '0123456789abcdefABCDEF' for c in digits):
                reason = ('truncated \\xXX escape' if nxt == 'x' else
                          'truncated \\uXXXX escape' if nxt == 'u' else
                          'truncated \\UXXXXXXXX escape')
                raise UnicodeDecodeError(codec, bytes(data), i,
                                         min(i + 2 + len(digits), n), reason)
            out.append(chr(int(digits, 16)))
            i += 2 + width
        elif raw:
            out.append(ch)
            i += 1
        elif nxt in _SIMPLE:
            out.append(_SIMPLE[nxt])
            i += 2
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif nxt == 'N' and text[i + 2:i + 3] == '{':
            end = text.find('}', i)
            import unicodedata
            out.append(unicodedata.lookup(text[i + 3:end]))
            i = end + 1
        else:
            out.append('\\' + nxt)
            i += 2
    return ''.join(out)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    return _unescape(data, True, 'rawunicodeescape'), len(data)


def unicode_escape_decode(data, errors=None, final=True, /):
    return _unescape(data, False, 'unicodeescape'), len(data)


def escape_decode(data, errors=None, /):
    """Bytes with their backslash escapes resolved."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = _unescape(data, False, 'escape')
    return text.encode('latin-1'), len(data)


def escape_encode(data, errors=None, /):
    """Bytes with non-printable bytes escaped (as repr does)."""
    return repr(bytes(data))[2:-1].encode('ascii'), len(data)
