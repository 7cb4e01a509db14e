import re

print(re.findall('(?m)^x', 'x\nx'), re.findall('(?s).', 'a\n'), re.findall('(?x) a b c ', 'abc'))
print(re.match('(?ms)^a.b$', 'a\nb'))
print(re.match('(?i)(?m)(?s)a', 'A').re.flags)
print(re.compile('(?i)(?m)a').flags, re.compile('(?a)a').flags, re.compile('(?u)a').flags)
print(re.compile('(?L)a'.encode()).flags)
print(re.match('(?s:.)(?-s:.)?', '\n\n'))
print(re.match('(?x: a b ) c', 'ab c'))
print(re.match('(?x)a(?-x: b)', 'a b'))
print(re.match('(?m:^a$)', 'a\nb'))
print(re.findall('(?i:A)b', 'ab Ab AB'))
print(repr(re.compile('a', re.I | re.M)), repr(re.compile('a', re.S | re.X | re.A)))
print(repr(re.compile('(?i)a')), repr(re.compile(b'a', re.L)), repr(re.compile('a', re.U)))
print(re.I, re.M | re.S, repr(re.X), re.NOFLAG, re.RegexFlag(0), re.A | re.I)
print(int(re.I | re.M), re.I in (re.I | re.M), re.RegexFlag.IGNORECASE.value)
print(re.compile('x', re.DEBUG & 0).flags)
print(re.compile('(?#comment)(?i)a').flags)
for bad in ['a(?i)b', '(?i', '(?z)', '(?-i)', '(?i-i:a)', '(?au)a', '(?L)a', '(?-a:x)', '(?i-:a)', '(?-', '(?-:a)', '(?i-s', '(?i)(?L)a', 'x|(?i)y', '(a)(?i)']:
    try:
        re.compile(bad)
        print(repr(bad), 'ok')
    except re.error as e:
        print(repr(bad), 'error:', e)
for p, f in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'(?u)a', 0), (b'a', re.A | re.L)]:
    try:
        re.compile(p, f)
        print(repr(p), 'ok')
    except (ValueError, re.error) as e:
        print(repr(p), type(e).__name__, e)
