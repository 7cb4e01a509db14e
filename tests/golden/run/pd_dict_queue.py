# A dict used as a queue (insert at the back, delete from the front)
# keeps order and contents; deleted slots do not show.
d = {}
head = 0
for i in range(5000):
    d[i] = i * i
    if i % 3 == 0:
        del d[head]
        head += 1
print(len(d), next(iter(d)), list(d)[-3:], sum(d.values()) % 1000003)
q = {}
for i in range(2000):
    q[f"k{i}"] = i
    if len(q) > 5:
        q.pop(next(iter(q)))
print(q)
r = dict.fromkeys(range(100))
for i in range(0, 100, 2):
    del r[i]
print(list(r)[:10], len(r), 51 in r, 50 in r)
r[0] = "back"
print(list(r.items())[-2:])
it = iter(r)
next(it)
try:
    del r[1]
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
while r:
    r.popitem()
print(r, len(r))
