from itertools import chain

print(list(chain()), list(chain('ab', [1, 2], (3,), range(2), {'k': 0})))
c = chain.from_iterable(['xy', 'z', []])
print(type(c).__name__, list(c))
print(list(chain.from_iterable(iter([range(2), range(3)]))))

def gens():
    print('  first iterable made')
    yield 'ab'
    print('  second iterable made')
    yield 'cd'

lazy = chain.from_iterable(gens())
print(next(lazy))
print(list(lazy))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
print(list(c))
try:
    chain(x=1)
except TypeError as e:
    print('TypeError:', e)
for args in [(), (1, 2)]:
    try:
        chain.from_iterable(*args)
    except TypeError as e:
        print('TypeError:', e)
print(sum(chain([1, 2], [3])), sorted(chain('ca', 'b')), dict(chain([(1, 2)], [(3, 4)])))
nested = chain(chain('ab', 'c'), chain())
print(list(nested), list(nested))
print(chain.from_iterable is chain.from_iterable or 'bound each time', isinstance(chain(), chain))
