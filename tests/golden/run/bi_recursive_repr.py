a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
mix = [d, a]
print(mix)
b = [a, a]
print(b)
t = (a,)
print(t)
s = {"x": [d]}
d["list"] = s["x"]
print(d)
print(a == a, a[2][2][2] is a)
c = [1]
c.append(c)
print(c == c)
x = []
y = [x]
x.append(y)
print(x, y)
print(str(a), repr(d)[:20])
