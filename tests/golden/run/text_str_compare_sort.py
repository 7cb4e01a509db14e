# Ordering of strings by code point, sorting with keys, casefold comparison.
words = ["banana", "Apple", "cherry", "apple", "Éclair", "éclair", "zebra", "Zebra", "", "a", "aa", "ab", "日本", "😀"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len))
print(min(words), max(words), "Straße".casefold() == "STRASSE".casefold(), "ß".lower() == "ss")
print([a < b for a, b in zip(words, words[1:])])
print("abc" == "abc", "a" * 3 == "aaa", "A" < "a" < "b", "b" > "Z")
print(sorted([b"b", b"a", b"", b"ab", bytearray(b"aa")]))
