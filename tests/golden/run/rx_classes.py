import re

samples = ['abc123', 'x_y z', '١٢٣', 'ñandú', '\u00b2\u00b3', '\u2163', 'tab\there\n', '\u3000\u00a0x', '\x1c\x1d', 'ＡＢＣ１２']
for pat in [r'\d+', r'\w+', r'\s+', r'\D+', r'\W+', r'\S+']:
    for flags in (0, re.ASCII):
        print(pat, flags, [re.findall(pat, s, flags) for s in samples])
print(re.findall(r'[\d\s]+', 'a1 2b'))
print(re.findall(r'[^\w]', 'a-b c!'))
print(re.findall(r'[\W\d]', 'a-1_b'))
print(re.findall(r'(?a)\w+', 'héllo wörld'))
print(re.findall(r'(?a:\w+)|\d', 'é1 ab'))
print(re.findall(r'.', 'a\nb'))
print(re.findall(r'.', 'a\nb', re.S))
print(re.findall(rb'\w+', 'héllo wörld'.encode()))
print(re.findall(rb'\s+', b'a \t\n\x0b\x0c\rb\x1cc'))
print(re.findall(r'\s+', 'a \t\n\x0b\x0c\rb\x1cc'))
print(re.findall(r'(?a)\s+', 'a \t\n\x0b\x0c\rb\x1cc'))
