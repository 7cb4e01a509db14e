# Indexing non-ASCII text: every position, negative indexes, errors.
s = "añb€c😀d" * 30
print(len(s), s[0], s[1], s[5], s[6], s[-1], s[-2], s[-210])
print("".join(s[i] for i in range(len(s))) == s)
print([s[i] for i in range(0, len(s), 17)])
print([s[-i] for i in range(1, len(s) + 1, 23)])
for bad in (len(s), -len(s) - 1, 10**6, -10**6):
    try:
        s[bad]
    except IndexError as e:
        print(bad, "IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False])
class I:
    def __index__(self):
        return 5
print(s[I()])
