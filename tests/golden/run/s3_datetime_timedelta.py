from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, minutes=61),
           timedelta(weeks=2, days=-3), timedelta(microseconds=-1), timedelta(milliseconds=1500),
           timedelta(days=-1, seconds=5, microseconds=3), timedelta(days=3, hours=25)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
print(repr(timedelta(hours=1.5, microseconds=0.5)), repr(timedelta(seconds=1.5e-6)), repr(timedelta(seconds=2.5e-6)))
print(repr(timedelta(days=-1.5)), repr(timedelta(minutes=0.1)), repr(timedelta(days=1e-6)), repr(timedelta(microseconds=-0.5)))
a, b = timedelta(hours=5), timedelta(minutes=40)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a % b, divmod(a, b), a // 7, b / 3)
print(a * 1.1, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(1) / 1.5)
print(a > b, a == timedelta(seconds=18000), a != b, sorted([a, b, timedelta(0)]), max(a, b), sum([a, b], timedelta()))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), {timedelta(seconds=60): 1}[timedelta(minutes=1)])
print(f"{timedelta(seconds=90)}", "%s" % timedelta(days=2))
for f in [lambda: timedelta(days=10 ** 9), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) * "a",
          lambda: timedelta("1"), lambda: timedelta.max + timedelta(1), lambda: timedelta(1) + 1, lambda: timedelta(1) < 5]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
