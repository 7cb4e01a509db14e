s = "x" * 100
items = list(range(20))
d = {"key": s}
print(len(s), len(items), len(d))
