# Case mapping: upper/lower/casefold/swapcase/title/capitalize, Unicode special cases.
words = ["hello world", "HELLO", "ß straße", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ﬁnance", "ǆemal", "i̇stanbul",
         "they're bill's friends", "hello\tworld\nfoo", "123abc", "", "MiXeD CaSe 42x", "ŉ", "Ⅻ",
         "ꭰꭱ", "a.b-c_d", "ΌΣΟΣ ΣΣ", "Σ", "aΣ", "aΣb", "aΣ.", "ß"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("  ", repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("ß".upper(), "ﬀ".upper(), "İ".lower(), len("İ".lower()))
print("hello".upper().lower() == "hello")
print("ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ǆ".capitalize())
print("σ".upper(), "ς".upper(), "ΣΑΣ ΣΑΣ".lower())
