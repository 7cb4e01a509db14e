import re

for p in ['(', ')', 'a**', '*', '[a', '\\q', 'a{2,1}', '(?P<1>a)', '(?P=x)', '(?<=a*)b', '\\1',
          '[z-a]', '(?z)', 'a)b', '(?P<n>a)(?P<n>b)', '+a', 'a|*', '(?', '\\', 'x(?i)y', '(?<n', '[\\d-z]']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos)
print(re.error is re.PatternError, issubclass(re.error, Exception))
for t in [r'\3', r'\g<x>', r'\g<1', r'\q', '\\']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.search('a', 5)
except TypeError as e:
    print(e)
m = re.match('(a)', 'a')
for g in (2, 'x', -1):
    try:
        m.group(g)
    except IndexError as e:
        print(e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
