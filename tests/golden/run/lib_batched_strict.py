# batched with strict=True raises on a short last batch (uncaught).
from itertools import batched
print(list(batched(range(7), 3)))
print(list(batched('abcdef', 2, strict=True)))
for bad in [0, -1]:
    try:
        batched('abc', bad)
    except ValueError as e:
        print('ValueError:', e)
for batch in batched(range(5), 2, strict=True):
    print(batch)
