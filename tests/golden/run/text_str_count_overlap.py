# count/replace/split are non-overlapping; find/rfind positions are in code points.
s = "aaaaa"
print(s.count("aa"), s.replace("aa", "b"), s.split("aa"), s.rsplit("aa"), s.partition("aa"), s.rpartition("aa"))
t = "ééaéé😀a😀"
print(t.find("a"), t.rfind("a"), t.index("😀"), t.rindex("😀"), t.count("é"), t.find("é", 2), t.rfind("é", 0, 3))
print(t.find("a", -3), t[t.find("a"):], t.split("a"), t.replace("é", "e", 3), len(t), t.count("", 2, 5))
print("abcabc".rfind("abc", 1), "abcabc".rfind("abc", 0, 5), "abcabc".find("c", -1), "abcabc".count("abc", 1, 6))
