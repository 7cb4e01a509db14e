# Closures and decorators: counters, memoize, call logging, partial application.
def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    counter.reset = reset
    return counter


def logged(prefix):
    def deco(fn):
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            result = fn(*args, **kwargs)
            print(f"{prefix}{fn.__name__}({', '.join(parts)}) -> {result!r}")
            return result
        return wrapper
    return deco


def partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**kwbound, **kwargs})
    return call


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
counters = [make_counter(i) for i in range(3)]
print([f() for f in counters], [f() for f in counters])


@logged(">> ")
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


area(3, 4)
area(2, unit="cm")
power = partial(pow, 2)
print(power(10), partial(area, h=10)(5))
adders = [lambda x, n=n: x + n for n in range(4)]
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in adders], [f(10) for f in late])
print(c.__code__.co_freevars if hasattr(c, "__code__") else None)
