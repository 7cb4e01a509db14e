for i in range(10):
    print(i)
for k, v in d.items():
    pass
for (a, b), c in pairs:
    pass
for x, in singles:
    pass
for *head, tail in rows:
    pass
for i in 1, 2, 3:
    pass
for i in *a, *b:
    pass
for obj.attr in items:
    pass
for items[0] in others:
    pass
for x in y:
    pass
else:
    pass
