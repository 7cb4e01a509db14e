# unicodedata: names, lookup, categories, digit values, normalization, widths.
import unicodedata as ud

for c in 'aZ5 é€½\u0301\u4e00\u0663\U0001F600\n\u00a0ß\u2163\u00b2':
    print(repr(c), ud.name(c, '?'), ud.category(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c))
for name in ['LATIN SMALL LETTER A', 'EURO SIGN', 'SNOWMAN', 'GREEK SMALL LETTER ALPHA', 'latin capital letter b', 'DIGIT NINE']:
    print(name, repr(ud.lookup(name)))
s = 'e\u0301 \u00e9 \ufb01 \u2460 \u1e9b\u0323 Å Å'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n), ud.is_normalized(form, s))
print(ud.normalize('NFC', 'cafe\u0301') == 'café', ud.normalize('NFKD', '①'), ud.normalize('NFKC', 'ｶ'))
print(ud.decomposition('é'), repr(ud.decomposition('a')), ud.unidata_version)
print([ud.decimal(chr(0x0660 + i)) for i in range(10)], [ud.decimal(chr(0xff10 + i)) for i in range(3)], ud.decimal('\U0001D7D8'))
print(ud.bidirectional('a'), ud.bidirectional('1'), ud.bidirectional(' '), ud.bidirectional('\u05d0'), ud.bidirectional('\u0627'), ud.bidirectional('+'))
for bad in [lambda: ud.name('\x00'), lambda: ud.lookup('NO SUCH CHARACTER NAME'), lambda: ud.category('ab'), lambda: ud.decimal('x'), lambda: ud.digit('x'), lambda: ud.numeric('x'), lambda: ud.normalize('NFX', 'a'), lambda: ud.name(5)]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
