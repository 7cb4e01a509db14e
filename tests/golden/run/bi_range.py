r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::2], list(r[1:100:2]))
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(8 in r, 9 in r, 2.0 in r, "x" in r, -1 in range(-5, 0))
print(r.index(11), r.count(11), r.count(12), r.count(11.0), r.index(5.0))
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 7))
print(range(3) == [0, 1, 2], list(range(10, 0, -3)), list(range(-3)))
print(bool(range(0)), bool(range(1)), range(1, 10, 2)[-2])
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
print(repr(range(0, 5, 1)), str(range(-2, 2)), range(3)[True])
for bad in [lambda: r[100], lambda: r[-100], lambda: range(10)["a"], lambda: range(1, 2, 0),
            lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5), lambda: r.index(4)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
range(3).index(7)
