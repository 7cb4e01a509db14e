import copy
from collections import deque

d = deque([[1], [2]], maxlen=5)
s = copy.copy(d)
deep = copy.deepcopy(d)
print(s, deep, s.maxlen, deep.maxlen)
print(s[0] is d[0], deep[0] is d[0], s is d, deep == d)
d[0].append('x')
print(s[0], deep[0])
r = d.__reduce__()
print(r[0] is deque, r[1], r[2], list(r[3]))
print(d.copy() == d, d.copy() is d, type(d.copy()))
cyc = deque()
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[0] is dc, dc)
