d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as ex:
    print("KeyError:", ex)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("p", 0), ["q", 1]])
d.update(z=26)
print(d)
e = d.copy()
e["new"] = 1
print(len(d), len(e))
e.clear()
print(e, d.fromkeys("ab"), dict.fromkeys([1, 2], []))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
for bad in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.pop(), lambda: d.update(1),
            lambda: d.update({}, {}), lambda: d.setdefault(), lambda: d.keys(1),
            lambda: d.copy(1), lambda: d.popitem(1), lambda: dict.fromkeys(),
            lambda: d.get([])]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
try:
    d.update([(1, 2, 3)])
except ValueError as ex:
    print("ValueError:", ex)
print(d["x"], "x" in d, "nope" in d)
d[[1]] = 2
