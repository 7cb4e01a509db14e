# Mutating a dict or set while iterating it.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(2, None)
            d[3] = 3
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
d = {1: 1}
it = iter(d)
d.clear()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1}
for k in list(d):
    del d[k]
print(d, len(d))
d = {i: i for i in range(3)}
for k in d:
    d.pop(k)
    d[k] = -k
