from itertools import (chain, islice, count, cycle, accumulate, takewhile, dropwhile, starmap, pairwise,
                       batched, product, compress, zip_longest, filterfalse, repeat, permutations)
import operator

evens = filter(lambda n: n % 2 == 0, count())
print(list(islice(evens, 5)))
squares = map(operator.mul, count(1), count(1))
print(list(takewhile(lambda s: s < 50, squares)))
running = accumulate(chain([1, 2], repeat(1, 3)))
print(list(running))
print([a + b for a, b in pairwise(islice(cycle([1, 10]), 6))])
print(list(starmap(operator.pow, zip(range(5), repeat(2)))))
print(list(batched(chain.from_iterable(product('ab', repeat=2)), 3)))
print(list(islice(compress(count(), cycle([True, False])), 5)))
print(list(zip_longest(*batched(range(7), 3), fillvalue='-')))
print(sum(1 for p in permutations(range(5)) if p[0] < p[-1]))
print(list(filterfalse(str.isdigit, dropwhile(str.isalpha, 'abc123def456'))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(islice(fib(), 10, 15)), next(dropwhile(lambda x: x < 1000, fib())))
gen_it = islice(chain('xy', (c.upper() for c in 'zw')), 1, None)
print(list(gen_it))
c = count()
pairs = zip(c, c)
print(list(islice(pairs, 3)), next(c))
src = iter(range(10))
print(list(zip(islice(src, 2), src)))
