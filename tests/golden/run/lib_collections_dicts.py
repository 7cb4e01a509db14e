from collections import defaultdict, OrderedDict, Counter
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], dict(dd), len(dd))
print(dd.default_factory, 'zz' in dd, dd.get('q'), 'q' in dd)
dd['new']; print(dd)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
n = defaultdict(None); print(n)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
d2 = dd.copy(); print(type(d2).__name__, d2 == dd, d2 is dd)
print(defaultdict(lambda: 'dflt')['k'])
x = defaultdict(list); x['self'].append(x); print(x)
print(isinstance(dd, dict), defaultdict(int, {'a': 1}, b=2))
print(dd | {'z': 9})
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict(x=1, y=2); b = OrderedDict(y=2, x=1)
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict(), OrderedDict([('k', 'v')]), list(reversed(a)))
print(OrderedDict.fromkeys('abc', 0), a.copy(), a | {'z': 0})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    a.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
print(a.setdefault('w', 5), a, a.pop('w'), a.pop('nope', 'default'))
cnt = Counter('abracadabra')
print(cnt, cnt['a'], cnt['zzz'], cnt.most_common(2), cnt.most_common())
print(sorted(cnt.elements()), cnt.total(), len(cnt))
cnt.update('aaz'); print(cnt)
cnt.update({'b': 10}); print(cnt)
cnt.subtract('abc'); print(cnt)
cnt.subtract(b=100); print(cnt)
p = Counter(a=3, b=1); q = Counter(a=1, b=2)
print(p + q, p - q, p & q, p | q)
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2))
p += q; print(p); p -= Counter(a=10); print(p)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8))
del cnt['a']; del cnt['notthere']; print(cnt)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter(a=1) + 5
except TypeError as e:
    print('TypeError', e)
words = 'the quick brown the lazy the end quick'.split()
print(Counter(words).most_common(2), Counter(words).most_common(0), Counter(words).most_common(-1))
