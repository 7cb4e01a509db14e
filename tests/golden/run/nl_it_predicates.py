from itertools import dropwhile, takewhile, filterfalse, compress, starmap

data = [1, 4, 6, 4, 1, 7]
print(list(dropwhile(lambda x: x < 5, data)), list(takewhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, data)), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])), list(compress('ABC', [0])))
print(list(compress(data=[1, 2], selectors=[True, False])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(max, ['ab', 'zc'])), list(starmap(lambda: 1, [(), []])))
t = takewhile(lambda x: x != 3, iter([1, 2, 3, 4, 5]))
print(list(t), list(t))

def noisy(x):
    print('  test', x)
    return x < 2

print(list(dropwhile(noisy, [0, 1, 2, 0, 5])))
print(list(takewhile(noisy, [0, 1, 2, 0, 5])))
for name, f in [('dropwhile', dropwhile), ('takewhile', takewhile), ('filterfalse', filterfalse), ('starmap', starmap)]:
    for args in [(None,), (None, [1], 2)]:
        try:
            f(*args)
        except TypeError as e:
            print('TypeError:', e)
    try:
        f(None, iterable=[1])
    except TypeError as e:
        print('TypeError:', e)
try:
    list(dropwhile(None, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    compress([1])
except TypeError as e:
    print('TypeError:', e)
try:
    compress(1, [2])
except TypeError as e:
    print('TypeError:', e)
