# str operators: comparison, in, *, +, slicing with negative steps, indexing errors, iteration.
s = "Hello, wörld"
print(s[0], s[-1], s[3:8], s[::-1], s[::2], s[-2:-8:-2], s[100:], s[:-100], s[5:1], s[::-3], s[1:-1:4])
print("a" < "b", "abc" < "abd", "Z" < "a", "é" > "z", "" < "a", "ab" <= "ab", "b" >= "abc", "a" != "a")
print("ell" in s, "" in s, "xyz" not in s, "wö" in s)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "x" + "y", repr("" * 5))
print(list("aé😀"), len("aé😀"), [c for c in "hi"], max("hello"), min("hello"), sorted("banana"))
print(str(), str(5), str("x"), str(None), str([1, "a"]), str(3.0), str(b"ab"))
for call in [lambda: s[20], lambda: s["x"], lambda: s[::0], lambda: "a" < 1, lambda: 1 in "a",
             lambda: "a" * "b", lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 1.5]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
