# An LRU cache built on a dict (insertion order) and a decorator using it.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


def cached(capacity):
    def decorate(fn):
        cache = LRU(capacity)
        sentinel = object()

        def wrapper(*args):
            value = cache.get(args, sentinel)
            if value is sentinel:
                value = fn(*args)
                cache.put(args, value)
            return value

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper

    return decorate


@cached(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__)
print(fib.cache.hits, fib.cache.misses, len(fib.cache.data))
c = LRU(3)
for k in "abcabdea":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c)
