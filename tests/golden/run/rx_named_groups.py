import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?')
m = p.search('on 2024-03 and 2025-12-31')
print(m.groupdict(), m.groupdict('??'), m['year'], m.group('month'), m.span('year'))
print(p.groupindex, p.groups, dict(p.groupindex))
print(list(p.groupindex), p.groupindex['day'])
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
ms = list(p.finditer('2024-03 and 2025-12-31'))
print([x.groupdict() for x in ms])
print([x.lastgroup for x in ms])
print(re.match(r'(?P<a>x)(?P=a)', 'xx'), re.match(r'(?P<a>x)(?P=a)', 'xy'))
print(re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'ab cd'))
print(re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe').expand(r'\g<last>, \g<first>'))
print(re.match(r'(?P<é>a)', 'a').groupdict())
print(re.match(r'(?P<_x1>a)', 'a').group('_x1'))
m = re.match(r'(?P<a>1)(?P<b>2)?', '1')
print(m.groupdict(), m.group('b'), m.start('b'), m.span('b'))
for bad in ['c', 3, -1, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', bad, e)
