xs = [3, 1, 2]
xs.append(4)
xs[0] = 30
print(xs, len(xs), xs[-1], xs[1:3], 2 in xs, xs + [5], xs * 2)
print(xs.pop(), xs)
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, len(t), t[1])
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d)
print(list(range(5)), tuple(range(2, 8, 3)), sum([1, 2, 3]), min(4, 2, 8), max([4, 2, 8]))
print([], (), {}, [[1, 2], (3,)], abs(-5), abs(-2.5))
