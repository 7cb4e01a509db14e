# `for y in [expr]` inside a comprehension binds once, without a loop.
calls = []
def f(x):
    calls.append(x)
    return x * 2
print([(x, y) for x in range(3) for y in [f(x)] if y > 0])
print(calls)
print([y for x in "ab" for y in (x + "!",)])
print([y for x in range(2) for y in [*range(x + 1)]])
print([y for x in range(2) for y in []])
print([z for x in range(2) for y in [x] for z in [y, y]])
print({k: v for k in "ab" for v in [k.upper()]})
