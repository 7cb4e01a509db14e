import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
class P:
    def __init__(self, x, items):
        self.x = x; self.items = items
    def __repr__(self): return f'P({self.x!r}, {self.items!r})'
p = P(1, [1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3)
print(p, q, r, q.items is p.items, r.items is p.items, type(r).__name__)
rec = [1]; rec.append(rec); d = copy.deepcopy(rec); print(d[1] is d, d is not rec, d)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
class C:
    def __init__(self): self.n = 0
    def __copy__(self):
        print('__copy__ called'); n = C(); n.n = self.n + 1; return n
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__); n = C(); n.n = self.n + 10; return n
print(copy.copy(C()).n, copy.deepcopy(C()).n, copy.deepcopy([C()])[0].n)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s2 = copy.deepcopy(S()); print(s2.a, hasattr(s2, 'b'))
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): print('getstate'); return {'v': self.v * 2}
    def __setstate__(self, st): print('setstate', st); self.v = st['v'] + 1
print(copy.copy(St()).v)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a + 1,))
print(copy.copy(R(1)).a, copy.deepcopy(R(5)).a)
print(copy.copy({1, 2}), copy.deepcopy({'a': {1, 2}}), copy.copy(b'x'), copy.copy(len), copy.deepcopy(int))
f = lambda: 1; print(copy.deepcopy(f) is f, copy.copy(None), copy.deepcopy(3.5))
from collections import namedtuple
Pt = namedtuple('Pt', 'x y'); pt = Pt(1, [2])
print(copy.replace(pt, x=5), copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
try:
    copy.replace([1], x=1)
except TypeError as e: print('TypeError', e)
try:
    copy.replace(pt, z=1)
except TypeError as e: print('TypeError', e)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as e: print('TypeError', e)
try:
    copy.deepcopy(gen())
except TypeError as e: print('TypeError', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class WithRepl:
    def __init__(self, a): self.a = a
    def __replace__(self, **kw): return WithRepl(kw.get('a', self.a))
print(copy.replace(WithRepl(1), a=7).a)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(y, id(x) in memo)
class L(list): pass
l2 = copy.deepcopy(L([1, [2]])); print(type(l2).__name__, l2)
class D(dict): pass
d2 = copy.copy(D(a=1)); print(type(d2).__name__, d2)
