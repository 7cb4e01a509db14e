# exec: statements in the caller's namespace or given dicts; returns None
x = 10
r = exec("y = x + 1")
print(r, y)
g = {"a": 2}
exec("b = a * 3\nc = [a, b]", g)
print(g["b"], g["c"], sorted(k for k in g if k != "__builtins__"))
print("__builtins__" in g)
g2 = {}
l2 = {}
exec("z = 5\ndef f():\n    return z", g2, l2)
print(sorted(l2), "z" in g2)
try:
    l2["f"]()
except NameError as e:
    print("NameError:", e)
exec("for i in range(3):\n    print('loop', i)")
exec("import math\nprint(math.floor(2.5))")
def inner():
    exec("q = 1")
    print("q" in locals())
inner()
exec(compile("print('compiled', 1 + 1)", "<mine>", "exec"))
src = """
total = 0
for n in range(5):
    total += n
"""
ns = {}
exec(src, ns)
print(ns["total"])
exec("x = 99", globals())
print(x)
exec("print(__name__)")
exec("print(__name__)", {})
exec("print(__name__)", {"__name__": "custom"})
