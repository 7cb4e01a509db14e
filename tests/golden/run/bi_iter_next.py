it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
data = [5, 4, 3, 0, 9]
print(list(iter(data.pop, 3)))
print(data)
calls = []
def tick():
    calls.append(1)
    return len(calls)
ci = iter(tick, 4)
print(type(ci).__name__, list(ci), list(ci))
for bad in [lambda: next(), lambda: next(1, 2, 3), lambda: iter(), lambda: iter(1, 2, 3),
            lambda: iter(1, 2), lambda: next([1]), lambda: iter(5)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)
it = iter("ab")
print(iter(it) is it, type(it).__name__)
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", repr(ex))
next(iter(()))
