"""Lazy data pipelines with generators and itertools."""

import itertools
from collections import Counter, defaultdict

LOG = """\
2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR failed: timeout
2024-01-02 INFO retry
2024-01-03 ERROR failed: refused
"""


def lines(text):
    yield from (line for line in text.splitlines() if line.strip())


def parse(records):
    for record in records:
        date, level, *message = record.split()
        yield {"date": date, "level": level, "message": " ".join(message)}


def window(iterable, size=2):
    it = iter(iterable)
    buf = list(itertools.islice(it, size))
    if len(buf) == size:
        yield tuple(buf)
    for item in it:
        buf = [*buf[1:], item]
        yield tuple(buf)


def counting():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
    return total


entries = list(parse(lines(LOG)))
by_level = Counter(e["level"] for e in entries)
by_date = defaultdict(list)
for e in entries:
    by_date[e["date"]].append(e["level"])
pairs = [(a["level"], b["level"]) for a, b in window(entries)]
acc = counting()
next(acc)
for n in (1, 2, 3):
    acc.send(n)
print(by_level.most_common(2), dict(by_date), pairs[:2])
