def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")


for i in countdown(3):
    print(i)

gen = countdown(2)
print(type(gen).__name__)
print(list(gen), list(gen))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(c.upper() for c in "hey" if c != "e"), sorted(n % 3 for n in range(7)))
squares = (n * n for n in range(4))
print(next_value := list(squares), list(squares))


def with_return():
    yield 1
    return 99


print(list(with_return()), any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))


def failing():
    yield 1
    raise KeyError("inside generator")


try:
    for v in failing():
        print("got", v)
except KeyError as e:
    print("caught", e)
