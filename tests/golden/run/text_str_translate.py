# maketrans/translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hello".translate([]))
print("abc".translate({97: "αβ"}), "x".maketrans("a", "b"))
class Table:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return k + 1
print("abz".translate(Table()))
for call in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
             lambda: str.maketrans({1.5: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}),
             lambda: "a".translate(1), lambda: str.maketrans("a", 1), lambda: str.maketrans()]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
