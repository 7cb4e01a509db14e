# globals(): the module namespace itself
g = globals()
print(g is globals(), type(g).__name__)
g["created"] = 42
print(created)
def f():
    globals()["from_f"] = "yes"
    return globals() is g
print(f(), from_f)
print(sorted(k for k in g if not k.startswith("__")))
print(g["__name__"], "__builtins__" in g)
del g["created"]
try:
    created
except NameError as e:
    print("NameError:", e)
import math
print("math" in globals())
counter = 0
def bump():
    globals()["counter"] += 1
for _ in range(3):
    bump()
print(counter)
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
