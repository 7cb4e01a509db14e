"""Parse URLs into components and build them back; percent-encoding and
query strings (Taipan's own implementation, following RFC 3986 as
CPython's urllib.parse does)."""

from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit',
           'urlunsplit', 'urlencode', 'parse_qs', 'parse_qsl', 'quote',
           'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais',
                 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp',
                 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap',
               'wais', 'file', 'mms', 'https', 'shttp', 'snews', 'prospero',
               'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp',
               'nfs', 'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')
_UNSAFE_BYTES = '\t\r\n'


class _NetlocMixin:
    """The parts of the netloc: username, password, hostname, port."""

    __slots__ = ()

    def _userinfo(self):
        netloc = self.netloc
        sep = '@' if isinstance(netloc, str) else b'@'
        userinfo, have, _ = netloc.rpartition(sep)
        if not have:
            return None, None
        colon = ':' if isinstance(netloc, str) else b':'
        user, have_pw, pw = userinfo.partition(colon)
        return user, (pw if have_pw else None)

    def _hostinfo(self):
        netloc = self.netloc
        s = isinstance(netloc, str)
        at, colon = ('@', ':') if s else (b'@', b':')
        _, _, hostinfo = netloc.rpartition(at)
        lb, rb = ('[', ']') if s else (b'[', b']')
        _, have_open, bracketed = hostinfo.partition(lb)
        if have_open:
            hostname, _, port = bracketed.partition(rb)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        sep = '%' if isinstance(hostname, str) else b'%'
        hostname, percent, zone = hostname.partition(sep)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        text = port if isinstance(port, str) else port.decode('ascii')
        if not (text.isdigit() and text.isascii()):
            raise ValueError("Port could not be cast to integer value as %r"
                             % (text,))
        value = int(text)
        if not 0 <= value <= 65535:
            raise ValueError('Port out of range 0-65535')
        return value


def _result(name, fields, geturl):
    base = _namedtuple('_' + name + 'Base', fields)
    cls = type(name, (base, _NetlocMixin) if 'netloc' in fields else (base,),
               {'__slots__': (), 'geturl': geturl, '__module__':
                'urllib.parse'})
    return cls


def _defrag_url(self):
    if self.fragment:
        sep = '#' if isinstance(self.url, str) else b'#'
        return self.url + sep + self.fragment
    return self.url


def _encode_result(self, encoding='ascii', errors='strict'):
    return self._bytes_class(*(x.encode(encoding, errors) for x in self))


def _decode_result(self, encoding='ascii', errors='strict'):
    return self._str_class(*(x.decode(encoding, errors) for x in self))


DefragResult = _result('DefragResult', 'url fragment', _defrag_url)
SplitResult = _result('SplitResult', 'scheme netloc path query fragment',
                      lambda self: urlunsplit(self))
ParseResult = _result('ParseResult',
                      'scheme netloc path params query fragment',
                      lambda self: urlunparse(self))
DefragResultBytes = _result('DefragResultBytes', 'url fragment',
                            _defrag_url)
SplitResultBytes = _result('SplitResultBytes',
                           'scheme netloc path query fragment',
                           lambda self: urlunsplit(self))
ParseResultBytes = _result('ParseResultBytes',
                           'scheme netloc path params query fragment',
                           lambda self: urlunparse(self))
for _s, _b in ((DefragResult, DefragResultBytes),
               (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._bytes_class, _s._str_class = _b, _s
    _b._bytes_class, _b._str_class = _b, _s
    _s.encode = _encode_result
    _b.decode = _decode_result
del _s, _b


def _coerce(*args):
    """(args as str, whether they were bytes)."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError('Cannot mix str and non-str arguments')
    if str_input:
        return args, False
    return tuple(a.decode('ascii', 'strict') if a else '' for a in args), \
        True


def _to_bytes_result(result, cls):
    return cls(*(x.encode('ascii') for x in result))


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '')
    n = n.replace('?', '')
    netloc2 = unicodedata.normalize('NFKC', n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             'characters under NFKC normalization')


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    (url, scheme), was_bytes = _coerce(url, scheme)
    url = url.lstrip(''.join(chr(i) for i in range(33)))
    for b in _UNSAFE_BYTES:
        url = url.replace(b, '')
        scheme = scheme.replace(b, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    v = SplitResult(scheme, netloc, url, query, fragment)
    return _to_bytes_result(v, SplitResultBytes) if was_bytes else v


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#frag."""
    (url, scheme), was_bytes = _coerce(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme,
                                                    allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    v = ParseResult(scheme, netloc, url, params, query, fragment)
    return _to_bytes_result(v, ParseResultBytes) if was_bytes else v


def urlunparse(components):
    """A URL from the 6 parts of urlparse."""
    (scheme, netloc, url, params, query, fragment), was_bytes = \
        _coerce(*components)
    if params:
        url = '%s;%s' % (url, params)
    result = urlunsplit((scheme, netloc, url, query, fragment))
    return result.encode('ascii') if was_bytes else result


def urlunsplit(components):
    """A URL from the 5 parts of urlsplit."""
    (scheme, netloc, url, query, fragment), was_bytes = _coerce(*components)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url.encode('ascii') if was_bytes else url


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg == '.':
            continue
        else:
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """An absolute URL from a base URL and a possibly relative one."""
    if not base:
        return url
    if not url:
        return base
    (base, url), was_bytes = _coerce(base, url)
    bscheme, bnetloc, bpath, bquery, bfragment = \
        urlsplit(base, '', allow_fragments)
    scheme, netloc, path, query, fragment = \
        urlsplit(url, bscheme, allow_fragments)

    def done(value):
        return value.encode('ascii') if was_bytes else value

    if scheme != bscheme or scheme not in uses_relative:
        return done(url)
    if scheme in uses_netloc:
        if netloc:
            return done(urlunsplit((scheme, netloc, path, query, fragment)))
        netloc = bnetloc
    if not path:
        path = bpath
        if not query:
            query = bquery
            if not fragment:
                fragment = bfragment
        return done(urlunsplit((scheme, netloc, path, query, fragment)))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        segments[1:-1] = filter(None, segments[1:-1])
    resolved = []
    for seg in segments:
        if seg == '..':
            try:
                resolved.pop()
            except IndexError:
                pass
        elif seg == '.':
            continue
        else:
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return done(urlunsplit((scheme, netloc, '/'.join(resolved) or '/',
                            query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment)."""
    (url,), was_bytes = _coerce(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    v = DefragResult(defrag, frag)
    return _to_bytes_result(v, DefragResultBytes) if was_bytes else v


_HEXDIG = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """%xx escapes replaced by their bytes."""
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    res = [bits[0]]
    for item in bits[1:]:
        h = item[:2]
        if len(h) == 2 and all(c in b'0123456789ABCDEFabcdef' for c in h):
            res.append(bytes([int(h, 16)]))
            res.append(item[2:])
        else:
            res.append(b'%')
            res.append(item)
    return b''.join(res)


def unquote(string, encoding='utf-8', errors='replace'):
    """%xx escapes replaced by the characters they encode."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    out = []
    pending = bytearray()
    i, n = 0, len(string)
    while i < n:
        c = string[i]
        if c == '%' and i + 2 < n + 1 and \
                all(h in _HEXDIG for h in string[i + 1:i + 3]) and \
                len(string[i + 1:i + 3]) == 2:
            pending.append(int(string[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
            pending = bytearray()
        out.append(c)
        i += 1
    if pending:
        out.append(bytes(pending).decode(encoding, errors))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote, with '+' read as a space."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters outside `safe` (and the unreserved
    ones) percent-encoded."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote, with spaces written as '+'."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """The bytes bs percent-encoded as a str."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping '
                            'object') from err
    parts = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v) if not isinstance(v, str) else v, safe,
                         encoding, errors)

    for k, v in query:
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(q(k) + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(q(k) + '=' + q(v))
        else:
            for elt in v:
                parts.append(q(k) + '=' + q(elt))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """The (name, value) pairs of a query string."""
    if not qs:
        return []
    was_bytes = isinstance(qs, (bytes, bytearray))
    if was_bytes:
        qs = bytes(qs).decode('ascii')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if not separator or not isinstance(separator, str):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None:
        if 1 + qs.count(separator) > max_num_fields:
            raise ValueError('Max number of fields exceeded')
    r = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq and strict_parsing:
            raise ValueError('bad query field: %r' % (field,))
        if value or keep_blank_values:
            name = unquote_plus(name, encoding, errors)
            value = unquote_plus(value, encoding, errors)
            if was_bytes:
                name = name.encode(encoding, errors)
                value = value.encode(encoding, errors)
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """A dict of the names of a query string to lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding, errors, max_num_fields,
                                 separator):
        result.setdefault(name, []).append(value)
    return result


def unwrap(url):
    """url without '<URL:...>' around it."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
