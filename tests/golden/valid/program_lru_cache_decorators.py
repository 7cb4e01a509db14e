"""Decorators with arguments, closures, functools.wraps and an LRU cache."""

import functools
import time
from collections import OrderedDict


def timed(label=None, *, clock=time.perf_counter):
    def decorate(fn):
        name = label or fn.__qualname__

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = clock() - start
                print(f"{name} took {elapsed * 1e3:.3f} ms")

        return wrapper

    return decorate


def lru(maxsize=128):
    def decorate(fn):
        cache = OrderedDict()
        hits = misses = 0

        @functools.wraps(fn)
        def wrapper(*args):
            nonlocal hits, misses
            if args in cache:
                hits += 1
                cache.move_to_end(args)
                return cache[args]
            misses += 1
            result = cache[args] = fn(*args)
            if len(cache) > maxsize:
                cache.popitem(last=False)
            return result

        wrapper.info = lambda: {"hits": hits, "misses": misses, "size": len(cache)}
        return wrapper

    return decorate


@timed("fib")
def fib_total(n):
    @lru(maxsize=64)
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    value = fib(n)
    print(fib.info())
    return value


print(fib_total(80))
