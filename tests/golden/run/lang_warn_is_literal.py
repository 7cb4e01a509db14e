# "is" with a literal warns once per comparison, at compile time.
x = 1000
y = "text"
print(x is 1000)
print(y is "text", y is not "other")
print(x is 1.5, x is 2j, x is b"b", x is ())
print(x is (1, 2), x is (x, 1))
print(None is x, x is None, x is True, x is not False, x is ...)
print(1 is x is 2)
print(x is -1, x is [1], x is {}, x is f"{x}")
if x is not 0:
    print("not zero")
def f(v):
    return v is "" or v is 0
print(f(0), f(None))
print([v is 3 for v in (3, 4)])
lam = lambda v: v is 7
print(lam(7))
