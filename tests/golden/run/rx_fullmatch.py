import re

for pat, s in [('a|ab', 'ab'), ('a*', 'aaa'), ('a*?', 'aaa'), ('(a|ab)(c|bcd)', 'abcd'), ('.*', 'x\n'),
               ('\\d+', '123a'), ('', ''), ('x?', ''), ('(?:a|b)+?', 'abab'), ('a$', 'a'), ('a\\Z', 'a'),
               ('(a+)(a*)', 'aaa'), ('a(?=b)', 'ab'), ('[^x]*', 'abc'), ('(?i)hello', 'HeLLo')]:
    m = re.fullmatch(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups()))
p = re.compile(r'\w+')
print(p.fullmatch('abc def'), p.fullmatch('abc def', 0, 3), p.fullmatch('abc def', 4))
print(re.compile('a.c').fullmatch('xabcx', 1, 4))
print(re.fullmatch(r'(?:a|ab)*c', 'ababc'))
print(re.fullmatch(b'[0-9a-f]+', b'deadbeef'))
