# Generators created and resumed in loops, next(), return values,
# exceptions inside a generator.
def count_up(n, start=0):
    i = start
    while i < n:
        yield i
        i += 1
    return "finished"


total = 0
for k in range(50):
    for v in count_up(k):
        total += v
print(total)
g = count_up(3, 1)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(count_up(5)), sum(count_up(100, start=50)))


def failing():
    yield 1
    raise RuntimeError("inside generator")


try:
    for v in failing():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)


def nested(n):
    for i in range(n):
        yield sum(x for x in range(i))


print(list(nested(6)))
gens = [count_up(i) for i in range(4)]
print([list(g) for g in gens])
