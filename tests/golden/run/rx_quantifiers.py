import re

cases = [
    ('a*', 'aaab'), ('a+', 'baaa'), ('a?', 'ab'), ('a{2}', 'aaaa'), ('a{2,}', 'aaaaa'),
    ('a{,2}', 'aaaa'), ('a{1,3}', 'aaaaa'), ('a{0}', 'aaa'), ('a{0,0}b', 'ab'),
    ('a*?', 'aaa'), ('a+?', 'aaa'), ('a??', 'aa'), ('a{2,}?', 'aaaaa'), ('a{1,3}?', 'aaaa'),
    ('<.*>', '<a><b>'), ('<.*?>', '<a><b>'), ('(ab)+', 'ababab'), ('(ab)+?', 'ababab'),
    ('(?:ab){2}', 'abababab'), ('(?:a|bc)*d', 'abcabcd'), ('(?:a|bc)*?d', 'abcad'),
    ('x(?:ab)*?y', 'xababy'), ('[ab]{3}', 'abba'), ('\\d{2,4}', '123456'),
    ('(a{2}){2}', 'aaaaa'), ('(?:a{2,3}){2}', 'aaaaaaa'), ('a{3,5}?b', 'aaaaab'),
]
for pat, s in cases:
    m = re.match(pat, s)
    print(repr(pat), repr(s), m and m.group(), m and m.groups())
print(re.findall(r'a{2}', 'aaaaa'))
print(re.findall(r'\w+?', 'abc'))
print(re.findall(r'(a|b)*', 'abab'))
print(re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a*)+', 'aaa').groups())
print(re.match(r'(a?)*?b', 'aab').groups())
print(re.match(r'(?:()|a)*', 'aa').span())
for big in ['a{99999999999999999999}', 'a{1,99999999999999999999}', 'a{99999999999999999999,}', 'a{2,3}']:
    try:
        print(big, re.compile(big).match('aaa'))
    except OverflowError as e:
        print(big, 'OverflowError', e)
print(re.match(r'(x{1,2}){3}', 'xxxxx').group(0, 1))
print(re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
