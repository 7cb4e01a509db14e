# Everyday operations on non-ASCII strings after indexing has built their
# character index: concatenation, membership, comparison, hashing as keys.
s = "Größe: 10 € — naïve café 😀 " * 5
print(len(s), s[7], s[-3:], s[10:20])
t = s + "ende"
print(len(t), t[-4:], t[len(s)], "café" in s, s.count("é"))
d = {s[i:i + 3]: i for i in range(0, 30, 3)}
print(sorted(d.items())[:4])
print(s[:6] < s[1:7], s[::-1][:8], s.split("—")[1][:8])
words = [w for w in s.split() if len(w) > 4]
print(words[:5], [w[1] for w in words[:5]])
print("".join(c for i, c in enumerate(s[:40]) if i % 2 == 0))
print(list(zip(s[:5], range(5))), max(s[:30]), min(s[:30]))
