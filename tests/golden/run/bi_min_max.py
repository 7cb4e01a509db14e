print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min([], default="empty"), max((), default=None))
print(max(["a", "bbb", "cc"], key=len), min(["a", "bbb", "cc"], key=len))
print(max([1, 3, 3.0, 2], key=lambda x: x), max([3.0, 3]))
print(min([(1, "b"), (1, "a")]), max({1: "x", 7: "y"}))
print(max(range(10), key=lambda x: -abs(x - 4)))
print(min(1, 2, key=None), max([0], default=5, key=None))
print(max(iter([2, 9, 4])), min(x * x for x in range(-3, 4)))
for bad in [lambda: max(), lambda: min(1, 2, default=0), lambda: max([], foo=1),
            lambda: min(5), lambda: max(1, "a"), lambda: min([1, 2], key=3)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
for bad in [lambda: max([]), lambda: min(())]:
    try:
        bad()
    except ValueError as ex:
        print("ValueError:", ex)
min(x for x in [])
