a = [1]
a.append(a)
d = {}
d["self"] = d
print(a, d, [a, (a,)])
print(a == a, d == d, a[1] is a)
