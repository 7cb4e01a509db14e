import re

print(re.match(r'(a+)(b*)?c', 'aac').groups(), re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').groups('-'))
print(re.match(r'a{2,3}', 'aaaa'), re.match(r'a{2,3}?', 'aaaa'), re.match(r'a{2}', 'aaa'), re.match(r'a{,2}', 'aaa'), re.match(r'a{2,}', 'aaaaa'))
print(re.match(r'x{', 'x{'), re.match(r'a{1,2', 'a{1,2'))
print(re.match(r'<.*>', '<a><b>'), re.match(r'<.*?>', '<a><b>'), re.match(r'a*+a', 'aaa'), re.match(r'(?>a*)b', 'aab'))
print(re.search(r'(\w+) \1', 'hello hello world'), re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" now'))
print(re.search(r'foo(?=bar)', 'foobaz foobar'), re.search(r'foo(?!bar)', 'foobar foobaz'))
print(re.search(r'(?<=\$)\d+', 'cost $42'), re.search(r'(?<!\$)\b\d+', '$42 17'))
print(re.findall(r'[^aeiou\s]+', 'hello world'), re.findall(r'[\d.]+', 'v1.2.3 and 4'), re.findall(r'[-a]', 'a-b'))
print(re.findall(r'[]a]', ']a['), re.findall(r'[\]]', 'x]y'), re.findall(r'[a\-z]', 'a-z'), re.findall(r'[\w]', 'a_1-'))
print(re.match(r'\x41\u0042\103\n', 'ABC\n'), re.match('\\t', '\t'), re.findall(r'\s', 'a b\tc\nd'))
p = re.compile(r'''
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
''', re.VERBOSE)
print(p.match('2024-05').groupdict(), p.search('on 1999-12!').span())
print(re.match(r'(?:ab)+', 'ababx'), re.match(r'(ab)+', 'ababx').group(1), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a*)*b', 'aaab'), re.match(r'(a|)*b', 'b'), re.match(r'(?:a*)*$', 'aaa'))
print(re.compile(r'\d+').match('ab12', 2), re.compile(r'\d+').search('123456', 1, 3), re.compile('$').search('ab', 0, 1))
print(re.match('(?#comment)a', 'a'), re.match(r'\Aab\Z', 'ab'), re.search(r'\Ab', 'ab'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.expand(r'\g<last>, \g<first>'), m['first'], m.group('last'), m.lastgroup)
print(re.sub(r'(\d+)', r'[\1]', 'a12b345'), re.sub('a', r'\n', 'bab') == 'b\nb', re.sub('(b)?c', r'[\1]', 'ac'))
print(re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.ASCII), re.findall(r'\d', '٣3'))
