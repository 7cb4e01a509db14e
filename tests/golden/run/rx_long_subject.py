import re

big = 'ab' * 200000
print(len(re.findall('ab', big)), re.fullmatch('(?:ab)*', big) is not None)
print(re.fullmatch('(ab)*', big).span(1))
print(re.match('(?:a|b)*', big).end(), re.match('(?:a|b)*?$', big).end())
print(re.match(r'.*', 'x' * 300000).end(), re.match(r'.*?y', 'x' * 100000 + 'y').end())
print(re.search(r'(x+x+)+y', 'x' * 20), re.search(r'z$', 'a' * 100000 + 'z').span())
print(len(re.sub('a', 'bb', 'a' * 100000)), len(re.split(',', ',' * 50000)))
print(re.match(r'(a|b)*c', big + 'c').group(1), re.match(r'((a)|b)*', 'ab' * 1000).groups())
text = ('word ' * 30000).strip()
print(len(re.findall(r'\b\w+\b', text)), len(list(re.finditer(r'\s', text))))
print(re.fullmatch(r'(?:\w+\s?)+', 'hello world ' * 2000) is not None)
print(re.match(r'(?>a*)*b', 'a' * 50000 + 'b').end())
print(re.search(r'(a+)+$', 'a' * 5000).span())
deep = '(' * 100 + 'a' + ')' * 100
print(re.match(deep, 'a').span(100))
print(re.match(r'(?:(?:(?:a)*)*)*b', 'a' * 1000 + 'b').end())
print(re.search('needle', 'hay' * 100000 + 'needle').start())
print(re.match('é*', 'é' * 100000).end(), len(re.findall('é', 'éa' * 50000)))
