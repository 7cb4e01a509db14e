# islice argument checks; the last one is uncaught.
from itertools import islice, count
print(list(islice(count(), 3, 10, 3)), list(islice('abcdef', None, None, 2)))
for args in [(-1,), ('x',), (1, -2), (0, 5, 0), (0, 5, -1), (None, 5, 1.5), (2.5,)]:
    try:
        islice('abc', *args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ':', e)
it = iter('abcdefgh')
print(list(islice(it, 2)), list(islice(it, 1, 3)), ''.join(it))
islice(range(5), 1, 2, -3)
