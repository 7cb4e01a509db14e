# join over various iterables and the index of the first bad item.
print("-".join(x for x in "abc"), ",".join({"b": 1, "a": 2}), "+".join(sorted({"z", "y"})), "".join(["a"] * 3))
print("/".join(("usr", "local", "bin")), " ".join(str(n) for n in range(5)), "".join(map(chr, range(65, 70))))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join(()), bytearray(b"-").join([b"x", b"y"]))
for bad in [["a", 1], ["a", "b", None], [b"x"], (x for x in ["ok", 3.5]), 7, None]:
    try:
        print("|".join(bad))
    except TypeError as e:
        print(e)
for bad in [[b"a", "b"], [1], 5]:
    try:
        print(b"|".join(bad))
    except TypeError as e:
        print(e)
