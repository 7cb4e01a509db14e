# urllib.parse: urlsplit/urlparse, netloc parts, urljoin (RFC 3986 examples), quoting, query strings.
from urllib.parse import *
import urllib.parse as up
for u in ['http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag', 'https://example.com', 'example.com/path', '//host/x', 'mailto:a@b.c', 'file:///etc/hosts', 'http://[::1]:80/x', '/rel/path?x#y', 'HTTP://A.com/', 'http://h/p;a;b', 'svn+ssh://h/r', 'urn:isbn:123', '', 'http://h:abc/']:
    p = urlparse(u); s = urlsplit(u)
    print(repr(u), p, s.geturl(), p.geturl())
    try: print('  ', p.username, p.password, p.hostname, p.port)
    except ValueError as e: print('  ValueError', e)
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('https', 'h:1', 'x', '', '')), urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('', '', '//p', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', 'c'), urljoin('http://a/b', '../../x'), urljoin('', 'x'), urljoin('ftp://a/b', 'http://c/d'), urljoin(b'http://a/b', b'c'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag(b'x#y'))
for s in ['hello world', 'a/b c', 'ünï©ode', '~_.-', 'a+b=c&d', '', '100%']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'\x00\xff ab'), quote_from_bytes(b'a b/'), quote('é', encoding='latin-1'), quote('/path/with space', safe='/ '))
for s in ['hello%20world', '%E2%82%AC', 'a+b', '%zz', '%', '%4', 'caf%C3%A9', '%ff', b'%41b']:
    print(repr(s), unquote(s), unquote_plus(s) if isinstance(s, str) else '', unquote_to_bytes(s))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('k', 'v'), ('k', 'w')]), urlencode({'l': [1, 2]}, doseq=True), urlencode({'l': [1, 2]}), urlencode({'s': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=', keep_blank_values=True), parse_qsl('x=%20y+z&w=%E2%82%AC'), parse_qsl(b'a=1&b=2'), parse_qsl('a=1;b=2', separator=';'), parse_qs(''))
for bad in [lambda: parse_qsl('a&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1), lambda: urlsplit('http://[::1/'), lambda: urlencode('abc'), lambda: urljoin('http://a', b'b'), lambda: urlparse('http://h:99999/').port]:
    try: print(bad())
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
r = urlsplit('http://h/p?q')
print(r._replace(query='z').geturl(), r.encode(), urlsplit(b'http://h/p').decode(), type(r).__name__, type(r).__mro__[1].__name__, r._fields)
print(up.unwrap('<URL:http://x/>'), up.uses_netloc[:3], up.scheme_chars[-4:])
