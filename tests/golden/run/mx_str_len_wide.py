# len() of non-ASCII text, and strings built from pieces.
parts = ["", "a", "é", "€", "😀", "a€", "é" * 63, "é" * 64, "é" * 65, "😀" * 1000]
for p in parts:
    print(len(p), len(p + "x"), len(p * 3), len(p[1:]), len(p.upper()))
s = "ü" * 100000
print(len(s), len(s[5:]), s[99999], len(s[:-1]))
print(sum(len(c) for c in s[:1000]))
print(len("".join(["ab", "çd", "€"] * 1000)))
