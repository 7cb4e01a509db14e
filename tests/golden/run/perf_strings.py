# String building in loops: concatenation, slicing, join, f-strings.
s = ""
for i in range(300):
    s = s + str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(1000):
    t = "item" + str(i)
    parts.append(t[2:] + t[:3])
print(",".join(parts[:5]), len(",".join(parts)))
print(f"{len(parts)}:{parts[-1]}", "-".join(str(i) for i in range(5)))
x = "abc"
x += "def"
x *= 2
print(x, x.upper(), x[::2], x[1:-1])
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
