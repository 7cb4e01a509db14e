# Assignment expressions in comprehensions bind in the enclosing scope.
total = 0
sums = [total := total + x for x in [1, 2, 3, 4]]
print(sums, total)

def f(data):
    first = next(x for x in data if (hit := x) > 2)
    print("first above 2:", first, hit)
    seen = [last := v for v in data if v % 2]
    return seen, last
print(f([1, 2, 3, 4, 5]))

def counter():
    count = 0
    def bump(items):
        nonlocal count
        return [count := count + 1 for _ in items]
    print(bump("abc"), count)
    print(bump("de"), count)
counter()

values = {k: (doubled := v * 2) for k, v in {"a": 1, "b": 2}.items()}
print(values, doubled)

print([y := 5, y ** 2])
print([(z := n) for n in range(3)], z)
