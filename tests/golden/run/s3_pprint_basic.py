import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace
from dataclasses import dataclass, field

data = {"name": "taipan", "versions": [3.12, 3.13, 3.14], "nested": {"a": list(range(30)), "b": {"x": 1, "y": (1, 2)}},
        "flags": {True, False}, "empty": {}, "t": (1,), "s": "short"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat(list(range(40)), width=50)[:80])
print(pprint.pformat([[1, 2, 3]] * 6, compact=True, width=30))
print(pprint.pformat({"k": "word " * 30}, width=40))
print(pprint.pformat("a long string with many words " * 5, width=30))
print(pprint.pformat(["line one\nline two\n" * 3], width=20))
print(pprint.pformat(b"bytes!" * 20, width=30))
print(pprint.pformat(bytearray(b"0123456789" * 5), width=30))
print(pprint.pformat(OrderedDict((str(i), i) for i in range(12)), width=40))
dd = defaultdict(list, {"a": [1, 2, 3] * 5, "b": []})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(Counter("abracadabra" * 3), width=20))
print(pprint.pformat(deque(range(25)), width=30), pprint.pformat(deque(range(25), maxlen=30), width=30))
print(pprint.pformat(SimpleNamespace(alpha=list(range(15)), beta="text " * 8), width=40))
print(pprint.pformat({3: "c", 1: "a", 2: "b"}), pprint.pformat({"b": 1, 1: "mixed", None: 2}))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset(range(30)), width=40))
print(pprint.pformat(10 ** 20, underscore_numbers=True), pprint.pformat([12345678] * 3, underscore_numbers=True))


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


print(pprint.pformat(Point(1, 2, ["t" * 10] * 6), width=40))
print(pprint.pformat([Point(1, 2)], width=10))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.isreadable([1, "a", None]), pprint.isreadable(object()), pprint.saferepr({"b": 2, "a": 1}))
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint(list("abcdefghij"))
print(pp.pformat({"key": list(range(5))}), pp.isreadable([1]), pp.isrecursive([1]))
import io
s = io.StringIO()
pprint.pprint({"to": "stream"}, stream=s)
print(repr(s.getvalue()))
for kw in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
