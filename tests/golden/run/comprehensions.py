x = "outer"
squares = [x * x for x in range(6)]
print(squares, x)
evens = [n for n in range(20) if n % 2 == 0 if n > 5]
print(evens)
pairs = [(a, b) for a in range(3) for b in "xy"]
print(pairs)
table = {k: k ** 2 for k in range(5)}
print(table)

def in_function(limit):
    total = 10
    values = [total + i for i in range(limit)]
    nested = [[j for j in range(i)] for i in range(4)]
    return values, nested

print(in_function(3))
words = ["apple", "kiwi", "banana"]
print({w: len(w) for w in words if len(w) > 4})
