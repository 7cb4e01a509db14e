# Closures capturing comprehension variables (PEP 709 inlined comprehensions).
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def in_function():
    gs = [lambda: j * 2 for j in range(3)]
    hs = {k: (lambda: k) for k in "ab"}
    ss = {(lambda: n) for n in [5]}
    return [g() for g in gs], {k: v() for k, v in hs.items()}, [s() for s in ss]
print(in_function())

def shadowing():
    x = "outer"
    fs = [lambda: x for x in range(2)]
    return x, [f() for f in fs]
print(shadowing())

def nested_loops():
    fs = [lambda: (i, j) for i in range(2) for j in "ab"]
    return [f() for f in fs]
print(nested_loops())

def nested_comps():
    return [[(lambda: (a, b))() for b in range(a)] for a in range(4)]
print(nested_comps())

def generator_closure():
    gen = (lambda: c for c in "xyz")
    return [f() for f in gen]
print(generator_closure())

try:
    print(i)
except NameError as e:
    print("NameError:", e)
