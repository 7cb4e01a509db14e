from itertools import cycle, islice

print(list(islice(cycle('abc'), 8)), list(cycle([])))

def once():
    print('  generator runs once')
    yield 1
    yield 2

c = cycle(once())
print([next(c) for _ in range(5)])
c2 = cycle(iter([]))
print(list(c2))
for args in [(), ([1], [2])]:
    try:
        cycle(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    cycle(1)
except TypeError as e:
    print('TypeError:', e)
try:
    cycle([1], x=1)
except TypeError as e:
    print('TypeError:', e)
print(list(zip(range(4), cycle('xy'))))
