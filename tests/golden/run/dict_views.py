d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(items), "a" in keys, 2 in values, ("b", 2) in items)
d["c"] = 3
print(keys, list(values), sorted(items, reverse=True))
for k, v in d.items():
    print(k, v)
print({k: v * 10 for k, v in d.items()}, [k for k in d], sum(d.values()))
