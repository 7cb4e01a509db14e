import re

print(sorted(n for n in re.__all__ if not n.startswith('_')))
print(re.match('a', 'ab'), re.fullmatch('ab', 'ab'), re.search('b', 'ab'))
print(re.sub('b', 'c', 'abab', count=1), re.subn('b', 'c', 'abab'), re.split('b', 'abab'))
print(re.findall('b', 'abab'), [m.span() for m in re.finditer('b', 'abab')])
print(re.match('A', 'a', re.I), re.match('A', 'a', flags=re.I))
print(re.search(pattern='x', string='axb'), re.match(string='ab', pattern='a'))
print(re.sub('a', 'b', 'aa', flags=re.I, count=1))
print(re.compile('a').match('a') is not None, re.purge())
print(callable(re.escape), re.error, re.NOFLAG, re.UNICODE, re.ASCII, re.LOCALE)
print(type(re.I).__name__, re.RegexFlag.__name__, list(re.RegexFlag)[:3])
try:
    re.match('a')
except TypeError as e:
    print('TypeError')
try:
    re.sub('a', 'b')
except TypeError as e:
    print('TypeError')
try:
    re.compile('a').match()
except TypeError as e:
    print('TypeError')
