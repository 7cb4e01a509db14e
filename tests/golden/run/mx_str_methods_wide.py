# str methods with positions on non-ASCII text (find, index, count with
# start/end, slicing results) stay consistent with indexing.
s = "αβγ-" * 40 + "needle" + "δε" * 40
i = s.find("needle")
print(i, s[i:i + 6], s.index("needle", 10), s.rfind("αβγ"), s.count("δ", i))
print(s.find("β", 100, 120), s[100:120].find("β"))
print(s.startswith("needle", i), s.endswith("δε"), s.endswith("αβγ", 0, 3))
print(s.partition("needle")[2][:6], len(s.split("-")), s[-3:].upper())
print(s.replace("β", "B", 3)[:12], s.center(200, "·")[:5], len(s.center(200, "·")))
print(repr(s[i - 1]), repr(s[i + 6]), s.isalpha(), s[:3].isalpha())
