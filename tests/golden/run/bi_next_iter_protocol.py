def countdown(n):
    while n:
        yield n
        n -= 1
g = countdown(2)
print(next(g), next(g), next(g, "done"), next(g, None))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
it = iter(range(5))
print(next(it), list(filter(lambda x: x % 2, it)))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "end"))
e = enumerate(countdown(2))
print(next(e), next(e), next(e, "fin"))
z = zip()
print(next(z, "empty"))
f = filter(None, [0, 0])
print(next(f, "nothing"))
r = reversed([1, 2])
print(next(r), next(r), next(r, "r-done"))
s = iter("ab")
print(next(s), list(s), list(s))
print(type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__)
next(countdown(0))
