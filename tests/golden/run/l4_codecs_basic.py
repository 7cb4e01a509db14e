# codecs: lookup, encode/decode through the registry, incremental codecs.
import codecs
import io

for name in ['utf-8', 'UTF8', 'latin-1', 'ascii', 'utf-16', 'utf_16_le', 'cp1252', 'utf-8-sig', 'hex', 'base64', 'rot13', 'unicode_escape', 'raw_unicode_escape']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('abc', 'utf-16-le'))
print(codecs.encode(b'abc', 'hex'), codecs.decode(b'616263', 'hex'), codecs.encode(b'hi there', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode('tab\there\nnew é \u20ac \\', 'unicode_escape'), codecs.decode(b'a\\tb\\n\\u20ac\\x41\\101', 'unicode_escape'))
print(codecs.encode('é€\\', 'raw_unicode_escape'), codecs.decode(b'\\u20ac\xe9\\n', 'raw_unicode_escape'))
print(codecs.encode('bom', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfbom', 'utf-8-sig'), codecs.decode(b'nobom', 'utf-8-sig'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.getencoder('utf-8')('é'), codecs.getdecoder('latin-1')(b'\xe9'))
dec = codecs.getincrementaldecoder('utf-8')()
pieces = [dec.decode(bytes([b])) for b in 'aé€😀'.encode()]
print(pieces, dec.decode(b'', final=True))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('é'), enc.encode('x', final=True))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'z'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
w = codecs.getwriter('utf-8')(io.BytesIO())
w.write('wrïte')
print(w.stream.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('rëad\nlines\n'.encode()))
print(r.readline(), r.read())
for bad in [('x', 'nope'), (b'zz', 'hex'), ('é', 'ascii')]:
    try:
        codecs.encode(*bad) if isinstance(bad[0], str) and bad[1] != 'hex' else codecs.decode(*bad)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.decode(b'\xff', 'utf-8', 'replace'))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
def search(name):
    if name == 'upper_test':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (b.decode().lower(), len(b)), name='upper_test')
codecs.register(search)
print(codecs.encode('abc', 'upper_test'), codecs.decode(b'XYZ', 'upper-test'), codecs.lookup('upper_test').name)
