print(sum([1, 2, 3]), sum([], 5), sum(range(101)), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100, 1.0]))
print(sum([1, 2.5, 3]), sum([True, True, False]), sum([2**64, 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
print(sum(x / 10 for x in range(11)))
print(sum([1.5, 2**70]), sum([10**20, 0.5]))
for bad in [lambda: sum(), lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""),
            lambda: sum([1], 2, 3), lambda: sum(5), lambda: sum([1, "a"]),
            lambda: sum([], foo=2)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
sum([[1], 2], [])
