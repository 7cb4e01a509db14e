import re

cases = [
    ('a*+', 'aaa'), ('a*+a', 'aaa'), ('a++b', 'aab'), ('a?+a', 'a'), ('a{1,3}+a', 'aaaa'),
    ('(?>a+)b', 'aaab'), ('(?>a+)ab', 'aaab'), ('(?>a|ab)c', 'abc'), ('(?:a|ab)c', 'abc'),
    ('(?>(a+))b', 'aab'), ('x(?>[^x]*)x', 'xabcx'), ('"(?>[^"]*+)"', '"quoted" rest'),
    ('(?>.*)x', 'abcx'), ('(?>a*?)b', 'aab'), ('\\d++\\.', '123.'), ('(ab)++a', 'ababa'),
    ('(?:ab)*+ab', 'abab'), ('[a-c]{2}+c', 'abc'), ('(?>(?:a|b)+)c', 'ababc'),
]
for pat, s in cases:
    m = re.match(pat, s)
    print(repr(pat), repr(s), m and m.group(), m and m.groups())
print(re.findall(r'\w++', 'ab cd'))
print(re.sub(r'(?>a+)', '<\\g<0>>', 'aabaaa'))
print(re.search(r'(?>a+)$', 'aaab'))
print(re.match(r'(?>(a)|b)*c', 'abac').groups())
