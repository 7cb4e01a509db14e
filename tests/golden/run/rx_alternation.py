import re

for pat, s in [('cat|dog', 'hotdog'), ('a|ab|abc', 'abc'), ('abc|ab|a', 'abc'), ('(a|ab)(c|bcd)', 'abcd'),
               ('x(?:y|z)+', 'xyzzy'), ('|a', 'a'), ('a|', 'b'), ('(?:|a)+', 'aa'), ('(a|b|c)+', 'cabx'),
               ('one|two|three|four', 'it is four'), ('(?:x|xy)z', 'xyz'), ('[ab]|c|de', 'dec'),
               ('(?i)A|b', 'B'), ('(a)|(b)|(c)', 'c'), ('\\d+|\\w+', 'abc123')]:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups()))
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
big = re.compile('|'.join(words))
print(big.findall('the theta and eta of alphabet zeta'))
print(re.findall(r'\b(?:' + '|'.join(words) + r')\b', 'the theta and eta of alphabet zeta'))
