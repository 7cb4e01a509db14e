import re

for pat, s in [
    (r'(a|b)*', 'abba'), (r'(a|b)*?c', 'abc'), (r'(?:(a)|(b))*', 'abab'), (r'(?:(a)|(b))*', 'aab'),
    (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|)*', 'b'), (r'(|a)*', 'aa'), (r'(a?)+?', 'aa'),
    (r'(?:(a)|b)*c', 'abc'), (r'(?:x(a)|xb)*', 'xaxb'), (r'((a)|b)*', 'ab'), (r'((a)|b)+', 'ba'),
    (r'(a(b)?)+', 'aba'), (r'(?:(a)b?)+', 'aba'), (r'(\w)+', 'xyz'), (r'(\w){2}', 'xyz'),
    (r'(?:(\d)|,)*', '1,2,'), (r'(a){0}b', 'ab'), (r'(a){1,2}?a', 'aaa'), (r'(?:(ab)|a)*b', 'abab'),
    (r'(?:a(?=(b)))*', 'abab') , (r'((?:a|b)*)\1', 'abab'), (r'(x?){3}y', 'xy'), (r'(x?)*y', 'xxy'),
]:
    m = re.match(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex))
