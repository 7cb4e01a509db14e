# A comprehension that reads the enclosing function's variables while a
# closure inside it also reads them.
def f():
    base = 10
    fs = [lambda k=k: base + k for k in range(3)]
    base = 20
    return [g() for g in fs]

def g():
    n = 2
    return [[lambda: n * m for m in range(2)] for _ in range(1)], n

print(f())
r, n = g()
print([h() for h in r[0]], n)
