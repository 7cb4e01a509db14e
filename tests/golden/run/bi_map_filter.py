def show(x):
    print("called with", x)
    return x * 2

m = map(show, [1, 2, 3])
print(type(m).__name__)
print(next(m))
print(list(m))
print(list(map(pow, [2, 3], [5, 2, 99])))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
try:
    print(list(map(pow, [2, 3], [5], strict=True)))
except ValueError as ex:
    print("ValueError:", ex)
try:
    map(len)
except TypeError as ex:
    print("TypeError:", ex)
f = filter(None, [0, 1, "", "a", None, [], [0], 0.0, 2.5])
print(type(f).__name__, list(f))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, ["", "x"])))
print(list(filter(lambda c: c.isdigit(), "a1b2c3")))
try:
    filter(None)
except TypeError as ex:
    print("TypeError:", ex)
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * x, range(7)))
print(list(evens))
print(list(map(int, "123")), sum(map(len, ["ab", "cde"])))
list(map(lambda x: 1 / x, [1, 0]))
