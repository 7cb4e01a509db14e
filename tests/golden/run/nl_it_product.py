from itertools import product

print(list(product('ab', [1, 2])), list(product()), list(product('ab', [])))
print(list(product('ab', repeat=2)), list(product([1, 2], repeat=0)), list(product(range(2), 'x', repeat=2)))
print(len(list(product(range(4), repeat=4))), next(product(range(1000), repeat=10)))
p = product('xy', 'z')
print(next(p), list(p), list(p))

def src():
    print('  source consumed')
    yield from 'ab'

p = product(src(), 'c')
print('made')
print(list(p))
try:
    product([1], repeat=-1)
except ValueError as e:
    print('ValueError:', e)
for kw in [{'x': 1}, {'repeat': 'a'}]:
    try:
        product([1], **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    product(1)
except TypeError as e:
    print('TypeError:', e)
print(sum(a * b for a, b in product(range(10), range(10))))
print(list(product([[1], [2]], repeat=1))[0][0] is not None)
