a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > a)
print(a == {4, 3, 2, 1}, a != b)
c = a
c |= {9}
print(a, c is a)
c &= {1, 2, 9, 10}
print(a)
c -= {1}
print(a)
c ^= {2, 7}
print(a)
big = set(range(100))
print(len(big - set(range(10))), len(big & {5, 500}), sorted(big ^ set(range(95, 105)))[-10:])
for op in ["a | [1]", "a & (1,)", "a - 'x'", "a ^ 3", "a <= [1]", "a < 5"]:
    try:
        eval(op) if False else None
        print(op, "skipped")
    except TypeError as ex:
        print("TypeError:", ex)
try:
    a | [1]
except TypeError as ex:
    print("TypeError:", ex)
try:
    a <= [1]
except TypeError as ex:
    print("TypeError:", ex)
try:
    a |= [1]
except TypeError as ex:
    print("TypeError:", ex)
print(sorted({"x", "y"} | {"z"}))
print({1, 2} & {2.0, 3}, {True, 2} - {1})
a - [1]
