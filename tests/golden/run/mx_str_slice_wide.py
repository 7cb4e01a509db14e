# Slicing non-ASCII text across the index's strides (64 characters).
s = "".join(chr(0x3b1 + i % 25) if i % 3 else chr(0x41 + i % 26) for i in range(300))
print(len(s))
for a, b in [(0, 10), (60, 70), (63, 65), (64, 128), (127, 129), (250, 400), (-70, -60), (-5, None), (None, 3), (100, 50)]:
    print(a, b, s[a:b])
for a, b, c in [(None, None, 64), (5, 200, 37), (299, 0, -41), (None, None, -97), (-1, -300, -63), (10, 20, -1)]:
    print(a, b, c, s[a:b:c])
print(s[::-1] == "".join(reversed(s)))
print(s[::7] == "".join(s[i] for i in range(0, len(s), 7)))
t = "€" * 129
print(len(t[64:]), len(t[:64]), len(t[63:65]), t[128], len(t[-64:]))
