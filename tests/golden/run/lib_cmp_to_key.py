# cmp_to_key adapts old-style comparison functions for sorted/min/max.
from functools import cmp_to_key
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_length_then_alpha)), max(words, key=cmp_to_key(by_length_then_alpha)))
def largest_number(nums):
    strs = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) <= K(1))
try:
    hash(K(1))
except TypeError as e:
    print('TypeError:', e)
