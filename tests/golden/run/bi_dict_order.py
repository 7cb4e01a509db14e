d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
del d["b"]
d["b"] = 9
print(d)
d.update(n=0, z=1)
print(list(d.items()))
d.pop("a")
d["a"] = "back"
print(d, next(iter(d)), next(reversed(d)))
e = dict.fromkeys(range(5))
for k in [3, 1]:
    del e[k]
e[1] = "one"
print(e, list(e.keys()), len(e))
print({**e, 0: "zero"}, {k: v for k, v in sorted(e.items(), key=lambda kv: -kv[0])})
