# functools.partial: frozen arguments, keyword override, nesting, repr, attributes.
from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), square(5, exp=3), cube_mod(4), partial(power, 2)(10))
print(square.func is power, square.args, square.keywords, cube_mod.keywords)
p = partial(partial(max, 1), 5, key=abs)
print(p(-10), p.args, p.keywords, p.func)
print(repr(partial(max, 3, key=None)), repr(partial(print, sep='-')))
add = partial(lambda *a, **k: (a, k), 1, x=1)
print(add(2, y=2), add(x=5))
print(list(map(partial(int, base=16), ['ff', '10'])), sorted(['b', 'A', 'c'], key=partial(str.lower)))
p.attr = 'set'; print(p.attr)
class Calc:
    def __init__(self, n): self.n = n
    double = staticmethod(partial(power, exp=2))
print(Calc.double(9), Calc(1).double(3))
try:
    partial()
except TypeError as e:
    print('TypeError')
try:
    partial(42)
except TypeError as e:
    print('TypeError:', e)
try:
    square()
except TypeError as e:
    print('TypeError:', e)
