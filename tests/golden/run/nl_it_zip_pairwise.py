from itertools import zip_longest, pairwise, count

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('a')))
print(list(zip_longest('ab', count(), fillvalue=0))[:2] if False else list(zip_longest('ab', range(3), [], fillvalue=None)))
z = zip_longest(iter('ab'), iter('c'))
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print('stopped')
print(list(z))
try:
    zip_longest([1], x=2)
except TypeError as e:
    print('TypeError:', e)
try:
    zip_longest(1)
except TypeError as e:
    print('TypeError:', e)
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
p = pairwise(iter([1, 2, 3]))
print(next(p), list(p), list(p))
for args in [(), (1, 2)]:
    try:
        pairwise(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    pairwise(1)
except TypeError as e:
    print('TypeError:', e)
try:
    pairwise([1], x=2)
except TypeError as e:
    print('TypeError:', e)
