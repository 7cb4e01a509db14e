import re, copy

m = re.search(r'(\w+)@(?P<host>\w+)(\.(\w+))?', 'mail joe@example now')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('host'), m.group(1, 'host', 3))
print(m.groups(), m.groups(''), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(1), m.end('host'), m.span(3), m.start(4))
print(m.pos, m.endpos, m.string, m.re, m.re.pattern)
print(m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m['host'], m[3])
print(m.expand(r'\2 by \1 (\g<host>)'))
print(bool(m), copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Match, re.Pattern, type(m) is re.Match, isinstance(re.compile('a'), re.Pattern))
print(re.Match[str], re.Pattern[bytes])
for bad in [5, 'nope', -1, 1.5, None]:
    for meth in (m.group, m.start, m.end, m.span):
        try:
            meth(bad)
        except IndexError as e:
            print(meth.__name__, repr(bad), 'IndexError', e)
class Idx:
    def __index__(self):
        return 1
print(m.group(Idx()), m.span(Idx()), m.group(True))
m2 = re.compile('b+').search('abbbc', 1, 3)
print(m2, m2.pos, m2.endpos, m2.string)
print(repr(re.match('', 'x')), repr(re.match('.', '\n', re.S)), repr(re.match('.+', "it's")))
try:
    m.group(1, 9)
except IndexError as e:
    print('IndexError', e)
for obj in (m, re.compile('x')):
    try:
        obj.missing
    except AttributeError as e:
        print('AttributeError', e)
