from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g, g([1, 2]), g('xy'), g({1: 'one'}), itemgetter(0, -1)('abc'), itemgetter(slice(1, 3))('abcd'))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(1, 0), itemgetter('k'), itemgetter((1, 2)))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
print(list(map(itemgetter(0), rows)))

class P:
    def __init__(self, x, child=None):
        self.x = x
        self.child = child
    def hello(self, greeting='hi', *, punct='!'):
        return f'{greeting} {self.x}{punct}'

p = P(1, P(2))
a = attrgetter('x')
print(a, a(p), attrgetter('child.x')(p), attrgetter('x', 'child.x')(p), attrgetter('x', 'child.x'))
m = methodcaller('hello')
print(m, m(p), methodcaller('hello', 'yo')(p), methodcaller('hello', punct='?')(p))
print(methodcaller('hello', 'hey', punct='.'), methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'))
print(type(g).__name__, type(g).__module__, type(a), type(m), callable(g), isinstance(g, itemgetter))
for make in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
             lambda: methodcaller(5), lambda: itemgetter(x=1)]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
for call in [lambda: g(), lambda: g(1, 2), lambda: g([1], x=1), lambda: g(5), lambda: g([]),
             lambda: a(5), lambda: attrgetter('child.nope')(p), lambda: m(5), lambda: itemgetter('z')({})]:
    try:
        call()
    except (TypeError, IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__ + ':', e)
