import functools
from functools import reduce, partial, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [3], 0), reduce(max, [], 'init'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p(2, 3), p(2, d=9), p.args, p.keywords, p.func is f)
pp = partial(p, 7); print(pp(), pp.args, pp.keywords, pp.func is f)
print(repr(partial(max, 1, key=abs)), repr(partial(print)))
basetwo = partial(int, base=2); print(basetwo('1011'))
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        '''wrapper doc'''
        return fn(*args, **kw) * 2
    return wrapper
@deco
def double_me(x):
    '''Doc of double_me.'''
    return x
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.__qualname__)
def plain(): pass
def w(): pass
functools.update_wrapper(w, plain); print(w.__name__, w.__wrapped__ is plain)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.__name__)
@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(('t', x)); return x
ident(1); ident(1.0); ident(1); print(ident.cache_info(), calls[-2:])
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
kwc = lru_cache()(lambda a, b=0: a + b); print(kwc(1, b=2), kwc(1, b=2), kwc.cache_info())
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing'); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, c.__dict__); del c.area; print(c.area)
print(type(Circle.area).__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4))
try:
    total_ordering(type('N', (), {}))
except ValueError as e:
    print('ValueError', e)
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
