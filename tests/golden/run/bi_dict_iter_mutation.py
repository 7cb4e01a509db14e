d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(d)
try:
    for k, v in d.items():
        d[k * 100] = v
except RuntimeError as ex:
    print("RuntimeError:", ex)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(len(s))
it = iter({1: 2})
print(next(it))
e = {"a": 1}
for k in list(e):
    e[k + "!"] = 0
print(e)
g = {1: 1}
for k in g:
    g.pop(k)
