from itertools import *
import itertools
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5); print(c, next(c), c); print(count(1, 2), count(0.5), count(2, 1.0), count(-1, -1))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repeat(1, 3), repeat('a'), list(repeat(0, -2)), list(map(pow, range(4), repeat(2))))
r = repeat(7, 2); next(r); print(r)
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=5)))
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(takewhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')], [k for k, g in groupby('aabbc')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gb = groupby('aabb'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABC', None)), list(islice('ABC', 1, None, None)), list(islice('abc', 5, 2)))
it = iter(range(10)); print(list(islice(it, 3)), next(it), list(islice(it, 0, 5, 2)), next(it))
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))
a, b = tee(iter([1, 2, 3])); print(list(a), list(b))
a, b, c = tee('xyz', 3); print(next(a), next(a), next(b), list(c), list(a), list(b), tee([], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('a', [1, 2], [True])), list(zip_longest()))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)), list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 5)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('a', 0)))
print(type(chain()).__name__, type(count()), type(islice('', 1)))
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 'x'), lambda: islice('abc', -1, 3), lambda: islice('abc', 0, 3, 0),
            lambda: islice('abc', 0, 3, -1), lambda: islice('abc'), lambda: list(batched('abcde', 2, strict=True)),
            lambda: batched('abc', 0), lambda: permutations('abc', -1), lambda: combinations('abc', -2), lambda: tee('a', -1),
            lambda: count("a"), lambda: type(chain(1)).__name__, lambda: list(chain(1)), lambda: zip_longest(1), lambda: product('a', repeat=-1),
            lambda: cycle(5), lambda: next(repeat(1, 0)), lambda: list(accumulate([1, 'a']))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
