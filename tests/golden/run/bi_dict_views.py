d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["d"] = 4
print(k, list(v), list(i)[-1])
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1)}, sorted(i - {("a", 1), ("b", 2)}), type(k | []).__name__)
print({"a", "b", "c", "d"} == k, k == {"a"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(v == v, k <= {"a", "b", "c", "d", "e"}, k < k, k >= {"a"})
print(k.isdisjoint(["x"]), k.isdisjoint("abc"), i.isdisjoint([("a", 1)]))
print(sorted(k), sum(v), dict(i) == d)
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    for val in d.values():
        d.clear()
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(d)
try:
    [] in k
except TypeError as ex:
    print("TypeError:", ex)
print(type(k).__name__, type(iter(i)).__name__, type(reversed(v)).__name__)
d = {1: 1}
for x in d.items():
    d.pop(1)
