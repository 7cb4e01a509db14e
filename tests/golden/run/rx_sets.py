import re

tests = [
    ('[abc]+', 'xxabcbay'), ('[^abc]+', 'abcxyzabc'), ('[a-f0-9]+', 'zz0ff3g'),
    ('[]a]+', 'x]a]y'), ('[^]a]+', ']]bcd'), ('[a-]+', 'x-a-y'), ('[-a]+', 'x-a-y'),
    ('[\\]]+', 'a]]b'), ('[\\-z]+', 'a-z-b'), ('[\\\\]+', 'a\\\\b'), ('[.*+?]+', 'a.*+?b'),
    ('[\\n\\t]+', 'a\n\tb'), ('[\\x41-\\x43]+', 'zABCD'), ('[\\u00e0-\\u00ff]+', 'abàéÿz'),
    ('[\\d.]+', 'v1.25x'), ('[\\w-]+', 'foo-bar_baz!'), ('[^\\s]+', 'one two'),
    ('[a-zA-Z_][a-zA-Z0-9_]*', '9abc_12 x'), ('[\\0-\\x1f]+', 'ab\x01\x02c'),
    ('[\\b]', 'a\bb'), ('[&~|]+', 'a&~|b'), ('[(){}]+', 'f(){}'), ('[$^]+', 'a$^b'),
    ('[é-ë]+', 'caféèêëz'), ('[\U0001F600-\U0001F64F]+', 'hi 😀😃!'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and m.group())
print(re.findall('[a-c]', 'ABCabc', re.I))
print(re.findall('[^a-c]', 'ABCabcd', re.I))
print(re.findall('[A-Z]+', 'hello WORLD', re.I))
print(re.findall('[à-ÿ]+', 'CAFÉ café', re.I))
print(re.findall(r'[\W_]+', 'a_b c'))
