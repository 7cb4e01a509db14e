# Every arithmetic result is a new object: NaNs made by operations are
# distinct keys, while one NaN object finds itself.
inf = float('inf')
a = inf - inf
b = inf - inf
print(a is b, a is a, {a: 1, b: 2}.__len__(), a in {a: 0}, b in {a: 0})
nan = float('nan')
print(-nan in {-nan: 1}, repr(-nan), abs(nan) is nan, (nan + 1) is nan)
n2 = nan * 0
print(n2 in [nan], n2 in [n2], [n2].count(n2), len({nan, n2, nan * 2}))
z = 0 * inf
print(repr(z), z in {z}, {z: 'k'}[z])
vals = [inf * 0 for _ in range(3)]
print(len(set(vals)), len(dict.fromkeys(vals)), vals[0] in vals)
