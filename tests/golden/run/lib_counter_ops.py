# Counter arithmetic, comparisons, in-place operators and unary +/-.
from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(a == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, z=0), Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) < Counter(a=1), Counter(a=2, b=1) >= Counter(a=1))
c = Counter('aab'); c += Counter('bcc'); print(c)
c -= Counter('aaaa'); print(c)
c |= Counter(b=5); print(c)
c &= Counter(b=2, c=9); print(c)
print(Counter('abc') != Counter('abd'), Counter(a=1) != 'x')
print(a.total(), b.total(), Counter().total())
print(sorted(Counter('banana').elements()), list(Counter(x=-1, y=2).elements()))
try:
    Counter('ab') + 'cd'
except TypeError as e:
    print('TypeError:', e)
try:
    Counter('ab') < 3
except TypeError as e:
    print('TypeError:', e)
