# accumulate (running totals, custom functions, initial) and tee (independent copies).
from itertools import accumulate, tee, islice, count, chain
import operator
print(list(accumulate(range(1, 6))), list(accumulate(range(1, 6), operator.mul)))
print(list(accumulate([5, 3, 8, 1], min)), list(accumulate('abc')), list(accumulate([1, 2, 3], initial=10)))
balance = list(accumulate([100, -30, 45, -200], lambda bal, x: max(bal + x, 0)))
print(balance)
a, b = tee(count(1))
print(list(islice(a, 5)), list(islice(b, 3)), next(a), next(b))
x, y, z = tee('hello', 3)
print(''.join(x), ''.join(y), next(z), ''.join(z))
first, second = tee([1, 2, 3])
print(list(zip(first, second)))
p, q = tee(iter([10, 20]))
c, d = tee(p)
print(list(c), list(d), list(q))
print(len(tee([], 5)), tee([1], 0), type(tee([1])[0]).__name__)
print(list(chain.from_iterable(accumulate([[1], [2], [3]]))))
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError:', e)
