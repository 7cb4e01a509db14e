# Generator pipelines: chained generators, generator expressions fed to
# builtins, early exit, and generators over mutated lists.
def numbers(n):
    for i in range(n):
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


print(list(squares(evens(numbers(20)))))
print(sum(x for x in numbers(100) if x % 3 == 0), any(x > 50 for x in numbers(60)))
print(all(x < 5 for x in numbers(5)), min(numbers(7)), sorted(squares(numbers(5)), reverse=True))
print(dict((x, x * x) for x in numbers(4)), set(x % 3 for x in numbers(10)))
print(tuple(zip(numbers(3), squares(numbers(10)))), list(enumerate(evens(numbers(7)))))
g = numbers(10)
for x in g:
    if x == 3:
        break
print("rest", list(g))
items = [1, 2, 3]
gen = (x * 2 for x in items)
items.append(4)
print(list(gen))
nested = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(nested))
lazy = (1 / x for x in [1, 2, 0, 4])
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
total = 0
for v in squares(numbers(100000)):
    total += v % 1000
print(total)
