s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4))
print(slice(-100, 100).indices(10), slice(-3, None).indices(10), slice(10, -10, -3).indices(7))
print(s == slice(1, 10, 2), s == slice(1, 10), "abcdefghijk"[s], list(range(20))[slice(3)])
print([1, 2, 3, 4][slice(None, None, 2)], (1, 2, 3)[slice(-1, None)])
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: s.indices(-1),
            lambda: slice(0, 1, 0).indices(3), lambda: s.indices("a")]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
[1, 2][slice(0, 1, 0)]
