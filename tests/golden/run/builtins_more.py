words = "  the quick  brown fox  ".split()
print(words, "a,b,,c".split(","), "  pad  ".strip(), "xxhixx".strip("x"), "abc".replace("b", "B"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".find("l"), "hello".count("l"), "123".isdigit())
for i, w in enumerate(words, 1):
    print(i, w)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
print(sorted([3, 1, 2]), sorted(words, key=len), sorted(words, reverse=True), list(reversed([1, 2, 3])))
print(any([0, 0, 1]), all([1, 1, 0]), chr(65), ord("a"), round(2.5), round(3.5), round(2.675, 2))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), isinstance(ValueError("x"), Exception))
xs = [5, 3, 8]
xs.sort()
xs.insert(0, 1)
xs.extend([9, 9])
xs.reverse()
print(xs, xs.index(8), xs.count(9))
d = {"a": 1}
d.update({"b": 2}, c=3)
print(d.pop("a"), d.pop("zz", None), d.setdefault("b", 0), d.setdefault("e", 5), d)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["b", "A", "c"], key=lambda s: s.lower()))
