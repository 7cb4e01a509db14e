# enumerate is lazy: it pulls one item at a time
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i

e = enumerate(noisy(3), start=10)
print(type(e).__name__)
print(next(e))
print(next(e))
print(list(e))
print(list(enumerate("ab", -5)))
print(list(enumerate([], 3)))
print(list(enumerate(iterable="xy")))
big = enumerate("ab", 2**64)
print(next(big), next(big))
for bad in [lambda: enumerate(), lambda: enumerate([], "a"), lambda: enumerate([], 1, 2),
            lambda: enumerate(5), lambda: enumerate([], foo=1)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
it = enumerate([1])
print(list(it), list(it))
enumerate(None)
