def gen(n):
    for i in range(n):
        yield i
a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
*head, tail = map(str, range(4))
print(head, tail)
x, y = zip("ab", "cd")
print(x, y)
(p, q), r = enumerate("z"), 5
print(p, q, r) if False else print(r)
k, v = {"key": 1}.popitem()
print(k, v)
m, n = {"only": 0, "two": 1}
print(m, n)
for i, (j, ch) in enumerate(zip(range(10, 13), "xyz")):
    print(i, j, ch)
print([*gen(2), *"ab", *{1: 2}], (*range(2),), {*gen(3)})
try:
    a, b = gen(3)
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c = gen(2)
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b = None
except TypeError as ex:
    print("TypeError:", ex)
a, b = iter([1])
