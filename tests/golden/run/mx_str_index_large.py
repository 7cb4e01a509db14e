# Random access into a large non-ASCII string stays fast (the character
# index): 200,000 lookups into a 1,000,000-character text.
s = "".join(chr(0x400 + (i * 7919) % 500) for i in range(1_000_000))
total = 0
k = 12345
for _ in range(200_000):
    k = (k * 1103515245 + 12345) % 1_000_000
    total += ord(s[k])
print(len(s), total)
print(s[999_999] == chr(0x400 + (999_999 * 7919) % 500), s[-1] == s[999_999])
print(sum(map(len, (s[i:i + 1000] for i in range(0, len(s), 1000)))))
