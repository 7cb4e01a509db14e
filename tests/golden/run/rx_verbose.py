import re

number = re.compile(r"""
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?:\.(?P<frac>\d*))? # fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
""", re.VERBOSE)
for s in ['42', '-3.14', '+1e10', '6.02E-23', 'x']:
    m = number.fullmatch(s)
    print(s, m and m.groupdict())
print(re.match(r'(?x) a \  b', 'a b'))
print(re.match(r'(?x) [ ] ', ' '))
print(re.match(r'(?x) a [#] b', 'a#b'))
print(re.match(r'(?x) a \# b', 'a#b'))
print(re.match(r'(?x) a{2} ', 'aa'), re.match(r'(?x) a {2}', 'aa'))
print(re.match(r'(?x) a + ', 'aaa'))
print(re.match('(?x)\ta\n\tb # comment\n', 'ab'))
print(re.findall(r'''(?x)
  \d+   # digits
  | [a-z]+  # or letters
''', 'ab12cd'))
try:
    re.compile('(?x) ( a  # unclosed\n', )
except re.error as e:
    print(e, '|', e.lineno, e.colno, e.pos)
try:
    re.compile('(?x)\na\n  [b\n', )
except re.error as e:
    print(e, '|', e.lineno, e.colno, e.pos)
