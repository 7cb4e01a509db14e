# len, indexing, iteration, `in` and comparisons on ASCII and non-ASCII text.
words = ["", "x", "abc", "naïve", "Ελληνικά", "mixed ascii и кириллица", "🐍py🐍", "tab\tnew\nline"]
for w in words:
    print(repr(w), len(w), [c for c in w][:5], w[::-1], w[-1:] if w else "-")
    print("  ", "a" in w, "ï" in w, "🐍" in w, w.find("a"), w.rfind("i"), w.count("i"))
    print("  ", w == w[:], w < "m", w.upper()[:4], w[1:4], w[len(w) // 2 :])
s = "αβγδε" * 3
print(s[3], s[-3], s[2:11:3], s[::-4], s[7:2:-2], len(s[5:]), s.index("δ", 5))
print(sorted(["b", "á", "a", "B", "ä"]), max("hello"), min("héllo"), "é" > "e")
acc = ""
for ch in "añb日c":
    acc = ch + acc + ch
print(acc, len(acc), acc[4], acc[-5:])
try:
    s[15]
except IndexError as e:
    print("IndexError:", e)
try:
    idx = "1"
    "abc"[idx]
except TypeError as e:
    print("TypeError:", e)
