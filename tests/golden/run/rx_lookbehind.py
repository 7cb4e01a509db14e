import re

print(re.findall(r'(?<=\$)\d+', 'cost $30 and $45, not 50'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 and $45, not 50'))
print(re.search(r'(?<=abc)def', 'abcdef').span())
print(re.search(r'(?<=-)\w+', 'spam-egg'))
print(re.findall(r'(?<=a|b)c', 'ac bc cc'))
print(re.findall(r'(?<=ab|cd)e', 'abe cde xe'))
print(re.findall(r'(?<=(a))b', 'ab cb'))
print(re.match(r'(a)(?<=(a))', 'a').groups())
print(re.search(r'(?<!^)x', 'xax'))
print(re.search(r'(?<=^)x', 'ax') , re.search(r'(?<=\n)x', 'a\nx'))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'(?<=a)b').match('ab', 1))
print(re.sub(r'(?<=\w)(?=[A-Z])', '_', 'camelCaseString'))
print(re.findall(r'(?<![a-z])[a-z]{2}(?![a-z])', 'ab abc cd e fg1'))
print(re.search(r'(?<=(?<!x)a)b', 'xab ab'))
print(re.search(r'(?<=\d{3})x', '12x 123x'))
print(re.search(r'(?<=a(?=b)b)c', 'abc'))
print(re.search(r'(a)?(?<=(?(1)a|b))c', 'bc'))
for bad in ['(?<=a+)b', '(?<=a|bc)d', '(?<!x*)y', r'(?<=(\w)\1)x']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e, e.pos)
