def count():
    i = 0
    while True:
        yield i
        i += 1

print(list(zip()))
print(list(zip("abc")))
print(list(zip(count(), "xyz", [True, False])))
print(dict(zip("ab", range(2))) if False else list(zip("ab", range(2))))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)))
cases = [
    ([1, 2], [3]),
    ([1], [3, 4]),
    ([1], [2], [3, 4]),
    ([1, 2], [2, 3], [4]),
]
for args in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print("ValueError:", ex)
try:
    zip([1], 2)
except TypeError as ex:
    print("TypeError:", ex)
try:
    zip([1], bogus=True)
except TypeError as ex:
    print("TypeError:", ex)
a, b = zip(*[(1, 2), (3, 4)])
print(a, b)
list(zip("ab", "c", strict=True))
