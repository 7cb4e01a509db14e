# str indexing and slicing on ASCII and non-ASCII text, all step kinds.
texts = ["", "a", "hello world", "héllo wörld", "日本語のテキスト", "a\U0001F600b\u00e9c", "ascii" * 7]
slices = [
    (None, None, None), (2, None, None), (None, 3, None), (-4, None, None), (None, -2, None),
    (1, -1, None), (None, None, 2), (1, None, 3), (None, None, -1), (-1, None, -2),
    (5, 1, -1), (100, None, -3), (-100, 100, 4), (3, 3, None), (4, 2, None), (None, None, -7),
    (2**70, None, None), (-2**70, None, -1), (0, 2**64, 2**63),
]
for t in texts:
    print(repr(t), len(t))
    for a, b, c in slices:
        print(" ", (a, b, c), repr(t[a:b:c]), repr(t[slice(a, b, c)]) == repr(t[a:b:c]))
    for i in (0, 1, -1, -2, len(t) - 1, len(t), -len(t) - 1):
        try:
            print("  idx", i, repr(t[i]))
        except IndexError as e:
            print("  idx", i, "IndexError:", e)
print(repr("abc"[True]), repr("abc"[False:True]))
for bad in (1.5, "1", None, [1]):
    try:
        "abc"[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[1:"x"]
except TypeError as e:
    print("TypeError:", e)
"xyz"[10]
