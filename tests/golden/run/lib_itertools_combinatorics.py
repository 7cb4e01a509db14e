# product, permutations, combinations, combinations_with_replacement: order and counts.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm, factorial
n = 5
for r in range(0, 7):
    p = len(list(permutations(range(n), r)))
    c = len(list(combinations(range(n), r)))
    cr = len(list(combinations_with_replacement(range(n), r)))
    print(r, p, c, cr, p == perm(n, r), c == comb(n, r), cr == comb(n + r - 1, r))
print(list(product('ab', repeat=2)), len(list(product(range(3), range(4), range(2)))))
print([''.join(p) for p in permutations('abc')])
print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations_with_replacement('xyz', 2)))
dice = [sum(roll) for roll in product(range(1, 7), repeat=2)]
print({t: dice.count(t) for t in sorted(set(dice))})
print(sum(1 for _ in permutations(range(7))) == factorial(7))
print(list(product([1, 2], 'x', [True])), list(permutations([])), list(combinations([], 0)))
for bad in [lambda: permutations('abc', -1), lambda: combinations('abc', -1), lambda: combinations('abc'),
            lambda: product('a', repeat=-2), lambda: combinations_with_replacement('ab', -1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
