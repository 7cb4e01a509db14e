# lru_cache: hits/misses, eviction order, typed, kwargs, cache_clear, wrappers.
from functools import lru_cache, cache
@lru_cache(maxsize=3)
def slow(n):
    print('  compute', n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(n, slow(n))
print(slow.cache_info())
slow.cache_clear(); print(slow.cache_info())
@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())
@lru_cache(typed=True)
def show(x):
    return type(x).__name__
print(show(1), show(1.0), show(True), show.cache_info())
@lru_cache
def kw(a, b=1, *, c=2):
    return a + b + c
print(kw(1), kw(1, b=1), kw(1, 1), kw(a=1), kw(1, c=2), kw.cache_info())
print(slow.__name__, slow.__wrapped__(7), slow.cache_parameters(), count_paths.cache_parameters())
@lru_cache(maxsize=None)
def unbounded(x):
    return x
for i in range(100):
    unbounded(i % 10)
print(unbounded.cache_info())
try:
    hash_me = lru_cache(maxsize=2)(lambda x: x)
    hash_me([1])
except TypeError as e:
    print('TypeError:', e)
