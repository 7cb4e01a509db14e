# Module-level comprehensions whose variable a lambda captures.
x = "global"
fs = [lambda: x for x in range(3)]
print([f() for f in fs], x)
adders = {n: (lambda v: v + n) for n in (1, 10)}
print({k: f(5) for k, f in adders.items()})
print("n" in globals())
