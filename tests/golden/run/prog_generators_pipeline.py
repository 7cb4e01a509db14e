# A lazy data pipeline of generators: parse, filter, window, aggregate.
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 81
2024-01-02 INFO tick
2024-01-02 ERROR disk 97
2024-01-03 WARN cpu 88
2024-01-03 INFO tick
2024-01-04 ERROR cpu 99
2024-01-04 WARN disk 85"""


def parse(lines):
    for n, line in enumerate(lines, 1):
        date, level, *rest = line.split()
        yield {"n": n, "date": date, "level": level, "rest": rest}


def only(records, *levels):
    return (r for r in records if r["level"] in levels)


def with_value(records):
    for r in records:
        if len(r["rest"]) == 2:
            yield r["rest"][0], int(r["rest"][1])


def windows(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got


records = list(parse(LOG.splitlines()))
print(len(records), records[1])
alerts = list(with_value(only(records, "WARN", "ERROR")))
print(alerts)
for w in windows(alerts, 3):
    print(w, round(sum(v for _, v in w) / len(w), 2))
c = counter()
next(c)
for _, v in alerts:
    c.send(v)
try:
    c.send(None)
except StopIteration as stop:
    print("sum", stop.value)
by_key = {}
for key, v in alerts:
    by_key.setdefault(key, []).append(v)
print({k: (min(v), max(v), len(v)) for k, v in by_key.items()})
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
