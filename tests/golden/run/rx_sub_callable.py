import re

calls = []
def repl(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'\w+', repl, 'one two three'), calls)
print(re.subn(r'\d', lambda m: '<%s>' % m.group(), 'a1b2c3', count=2))
print(re.sub('a', lambda m: None, 'abca') if False else 'skip-none')
print(re.sub('', lambda m: '|', 'ab'))
print(re.sub('b*', lambda m: '[%s]' % m.group(), 'abbc'))
counter = iter(range(100))
print(re.sub(r'x', lambda m: str(next(counter)), 'x-x-x'))
def boom(m):
    raise ValueError('stop at %d' % m.start())
try:
    re.sub('b', boom, 'abc')
except ValueError as e:
    print('ValueError', e)
try:
    re.sub('b', lambda m: 5, 'abc')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('b', lambda m: b'x', 'abc')
except TypeError as e:
    print('TypeError', e)
p = re.compile(r'(?P<n>\d+)')
print(p.sub(lambda m: m['n'][::-1], 'x123 y45'))
print(p.subn('N', 'no digits'), p.sub('N', ''), p.sub('N', '7'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', count=0))
print(re.sub(pattern='a', repl='b', string='banana', count=1))
class Holder:
    def __init__(self):
        self.seen = 0
    def __call__(self, m):
        self.seen += 1
        return '#'
h = Holder()
print(re.sub('[aeiou]', h, 'education'), h.seen)
print(re.sub(r'(\w)(\w)?', lambda m: repr(m.groups()), 'abc'))
