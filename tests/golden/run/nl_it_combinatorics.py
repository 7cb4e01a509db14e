from itertools import permutations, combinations, combinations_with_replacement as cwr
from math import comb, perm, factorial

print(list(permutations('abc')), list(permutations('abc', 2)))
print(list(permutations([], 0)), list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
print(list(combinations('abcd', 2)), list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(cwr('abc', 2)), list(cwr('ab', 0)), list(cwr([], 2)), list(cwr([], 0)), list(cwr('a', 3)))
for n in range(6):
    for r in range(n + 2):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == (comb(n, r) if r <= n else 0)
        assert len(list(cwr(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
print(len(list(permutations(range(7)))) == factorial(7))
print(list(permutations(iterable='xy', r=None)), list(combinations(r=1, iterable='xy')))
c = combinations(range(4), 3)
print(next(c), list(c), list(c))
for f, args in [(permutations, ()), (permutations, ([1], -1)), (permutations, ([1], 'a')), (permutations, ([1], 1.0)),
                (combinations, ([1],)), (combinations, ([1], -1)), (combinations, ([1], 'x')),
                (cwr, ([1], -1)), (cwr, ([1],)), (permutations, (5,)), (combinations, ([1], 1, 2))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__ + ':', e)
