# assignment expressions and calls inside jump-compiled conditions
def gen(seq):
    for s in seq:
        print("next", s)
        yield s

it = gen([3, 0, 5])
while (n := next(it, None)) is not None:
    if n and (m := n * 2) > 4:
        print("big", m)
    elif not n:
        print("zero")
print("last", n)

data = [1, -2, 3, 0]
print([y for x in data if (y := x * x) > 1 and x])
print([x for x in data if not x or x > 2])
print({x: x > 0 for x in data if x if x != 3})
total = 0
if (a := 5) if total else (a := 6):
    print("a", a)
print(any(x < 0 for x in data), all(x for x in data))
