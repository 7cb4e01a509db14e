# Iterating strings and bytes: for, enumerate, reversed, zip, unpacking, iterators.
s = "héllo😀"
for i, c in enumerate(s):
    print(i, c, ord(c))
print(list(reversed(s)), "".join(reversed("abc")), list(zip("abc", "xy")), [c * 2 for c in "ab"])
a, b, c = "xyz"
print(a, b, c, *"pq", sep="|")
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(list(iter(b"ab")), [x for x in bytearray(b"cd")], list(memoryview(b"ef")), set("aab") == {"a", "b"})
print(sorted("hello"), max("abc"), min(b"abc"), sum(b"\x01\x02"), any(c.isdigit() for c in "a1"), all(c.isalpha() for c in "ab"))
print(dict.fromkeys("ab") if hasattr(dict, "fromkeys") else {"a": None, "b": None}, "".join(map(str.upper, "abc")))
