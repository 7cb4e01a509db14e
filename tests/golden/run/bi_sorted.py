print(sorted([3, 1, 2]), sorted("banana"), sorted((2.5, -1, 0)))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True))
words = ["pear", "Fig", "apple", "kiwi", "Date"]
print(sorted(words, key=str.lower if False else (lambda w: w.lower())))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: "c", 1: "a"}), sorted({5, 2, 9}))
print(sorted(range(20), key=lambda x: (x % 3, -x)))
big = list(range(100, 0, -1))
print(sorted(big) == list(range(1, 101)))
print(sorted([[2, 1], [1, 5], [1, 2]]))
print(sorted(x * x for x in range(-3, 3)))
print(sorted([3, 1, 2], key=None))
for bad in [lambda: sorted(), lambda: sorted([1], lambda x: x), lambda: sorted([1], foo=1),
            lambda: sorted([1, "a"]), lambda: sorted([1, 2], key=5), lambda: sorted(5)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
try:
    sorted([3, 0, 2], key=lambda x: 10 // x)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
sorted([None, 1])
