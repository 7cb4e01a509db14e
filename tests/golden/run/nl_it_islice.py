from itertools import islice, count

s = 'abcdefghij'
for args in [(3,), (None,), (2, 5), (2, None), (1, None, 3), (0, 9, 4), (5, 2), (100,), (2, 8, 1), (None, None, 2)]:
    print(args, list(islice(s, *args)))
print(list(islice(count(), 5, 20, 5)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))

def gen():
    for i in range(6):
        print('  produce', i)
        yield i

print(list(islice(gen(), 1, 4, 2)))
print(list(islice(gen(), 0)))
z = islice(range(3), 10)
print(list(z), list(z))

class Ix:
    def __index__(self):
        return 2

print(list(islice(s, Ix())), list(islice(s, Ix(), None, Ix())))
bad = [(-1,), ('x',), (1, -2), (-2,), ('a', 3), (0, 5, 0), (0, 5, -1), (None, 5, 1.5), (2.5,), (0, 2**70), (1, 'a')]
for args in bad:
    try:
        islice(s, *args)
    except ValueError as e:
        print(args, 'ValueError:', e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice(s, *args)
    except TypeError as e:
        print('TypeError:', e)
try:
    islice(s, stop=2)
except TypeError as e:
    print('TypeError:', e)
try:
    islice(5, 2)
except TypeError as e:
    print('TypeError:', e)
