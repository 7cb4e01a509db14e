import re

p = re.compile(r'(?P<word>\w+)\s(\d+)?', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(repr(re.compile('x')), repr(re.compile('x', re.M | re.S)), repr(re.compile(b'x', re.A)))
print(re.compile('abc') == re.compile('abc'), re.compile('abc') == re.compile('abc', re.I), re.compile('a') != 'a')
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(re.compile(p) is p)
try:
    re.compile(p, re.M)
except ValueError as e:
    print('ValueError', e)
print(re.match(p, 'Hello 42'), re.search(p, '!! x'))
q = re.compile('o')
print(q.search('foo boo', 3), q.search('foo boo', 3, 5), q.search('foo', 5), q.search('foo', -10, 2))
print(q.match('foo', 1), q.match('foo', 1, 1), q.fullmatch('foo', 1, 2), q.fullmatch('foo', 1))
print(q.search('foo', endpos=1), q.search('foo', 2, 1))
try:
    q.search('foo', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    q.search('foo', 1.5)
except TypeError as e:
    print('TypeError', e)
print(q.search(string='xox'), q.match(string='oo', pos=1))
re.purge()
print(re.compile('o') == q)
print(re.search('a', 'ba').re is re.compile('a'))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(len(str(re.compile('a' * 300))) > 200)
s = re.compile(r'\d').scanner('a1b22')
print(s.search(), s.search(), s.search(), s.search(), s.search())
s = re.compile(r'\w?').scanner('ab c')
print([s.match() for _ in range(5)])
