from itertools import count, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(count(5), count(5, 2), count(1.5), count(0, 0.5), count(2**70), count(1, True), count(1, 1.0))
print(count(step=3), count(start=-2), count(-1, -1))
big = count(2**63 - 2)
print([next(big) for _ in range(4)], big)
f = count(0.1, 0.1)
print([next(f) for _ in range(3)])
cx = count(1j, 1 + 1j)
print(next(cx), next(cx), cx)
print(list(zip('abc', count(10, 10))))
for bad in [('a',), (1, 'b'), (None,), ([],)]:
    try:
        count(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    count(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    count(x=1)
except TypeError as e:
    print('TypeError:', e)
r = repeat('a', 3)
print(r, list(r), r, list(repeat(None, 0)), list(repeat(1, -5)))
print(repeat([1, 2]), repeat('x', times=2), repeat(object=2, times=2))
inf = repeat(7)
print(next(inf), next(inf), inf, list(islice(inf, 3)))
print(list(map(pow, range(5), repeat(2))))
print(repeat(1, 4).__length_hint__(), len(list(repeat(0, 10))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError:', e)
for args in [(), (1, 'a'), (1, 2.0)]:
    try:
        repeat(*args)
    except TypeError as e:
        print('TypeError:', e)
