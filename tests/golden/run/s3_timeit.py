import timeit

calls = []
t = timeit.timeit(lambda: calls.append(1), number=50)
print(type(t).__name__, t >= 0, len(calls))
counter = {"n": 0}


def bump():
    counter["n"] += 1


print(isinstance(timeit.timeit("bump()", globals=globals(), number=20), float), counter["n"])
r = timeit.repeat("x = sum(range(10))", setup="import math", repeat=3, number=100)
print(len(r), all(isinstance(v, float) and v >= 0 for v in r))
tm = timeit.Timer("y = [i * 2 for i in range(5)]\nz = len(y)", setup="a = 1\nb = 2")
print(isinstance(tm.timeit(number=10), float), len(tm.repeat(repeat=2, number=5)))
fake = iter(range(0, 1000, 1))
tick = timeit.Timer("pass", timer=lambda: next(fake))
print(tick.timeit(number=3), tick.repeat(repeat=2, number=1))
ticks = iter([0, 0.05, 0, 0.1, 0, 0.25])
n, taken = timeit.Timer("pass", timer=lambda: next(ticks)).autorange()
print(n, taken)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer("pass", setup=5), lambda: timeit.Timer("return 1")]:
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
