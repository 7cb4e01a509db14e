[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in y for y in z if x if y]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[(x, y) for x, y in pairs]
[x for x, in singles]
[x for *a, x in rows]
[[y for y in x] for x in matrix]
[x for x in (lambda: [1, 2])()]
[x for x in a if x for y in b]
{k: [v for v in vs] for k, vs in groups}
[lambda: x for x in range(3)]
[x for x in y if (z := x)]
