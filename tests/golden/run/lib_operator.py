import operator
from operator import *
print(add(1, 2), sub(5, 3), mul('a', 3), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(3), pos(-3), abs(-4), inv(5), invert(5), lshift(1, 4), rshift(64, 2))
print(and_(12, 10), or_(12, 10), xor(12, 10), not_(0), truth([]), truth([0]))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne(1, 2), ge(1, 2), gt(3, 2))
print(is_(None, None), is_not(1, None), is_none(None), is_not_none(0))
print(concat([1], [2]), concat('ab', 'cd'), contains([1, 2], 2), countOf([1, 2, 1, 1], 1), indexOf('abc', 'c'))
d = {'a': 1}
setitem(d, 'b', 2); print(getitem(d, 'b'), d); delitem(d, 'a'); print(d)
l = [1, 2, 3, 4, 5]
print(getitem(l, slice(1, 3)), index(7), index(True))
class H:
    def __length_hint__(self): return 7
print(length_hint(H()))
print(call(max, 1, 5, 3), call(sorted, [3, 1], reverse=True))
x = [1]; print(iadd(x, [2]), x, iconcat(x, (3,)), x)
print(isub(5, 1), imul(2, 3), itruediv(1, 4), ifloordiv(9, 2), imod(9, 4), ipow(2, 5))
print(ilshift(1, 3), irshift(16, 1), iand(6, 3), ior(6, 3), ixor(6, 3))
s = {1}; print(ior(s, {2}), s)
g = itemgetter(1); print(g('abc'), g([4, 5]), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 9}))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter(slice(1, None)))
print(itemgetter(slice(None, 2))('hello'))
class P:
    def __init__(self, name, child=None): self.name = name; self.child = child
p = P('top', P('inner'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(attrgetter('a.b', 'c'))
m = methodcaller('split', ','); print(m('a,b,c'), methodcaller('replace', 'a', 'b', count=1)('aaa'))
print(methodcaller('f', 1, k=2), methodcaller('upper'))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))
print(list(map(attrgetter('name'), [P('x'), P('y')])))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(1), lambda: concat(1, 2), lambda: indexOf([1], 2),
            lambda: length_hint(3, 'a'), lambda: attrgetter('a')(1), lambda: itemgetter(5)([1]),
            lambda: countOf(1, 1), lambda: index(1.5), lambda: index('3'), lambda: iconcat(1, 2),
            lambda: attrgetter('child.nope')(p), lambda: truediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.__add__(1, 2), operator.__getitem__([1, 2], 0), operator.__not__(1))
