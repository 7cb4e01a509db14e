import re

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42)'))
print(scanner.scan('a = 1 $ b'))
print(scanner.scan(''))
s2 = re.Scanner([(r'a', 'A'), (r'b', lambda sc, t: sc.match.span())])
print(s2.scan('aabba'))
s3 = re.Scanner([(r'x*', 'X'), (r'y', 'Y')])
print(s3.scan('xxyx'), s3.scan('yy'))
