# locals(): PEP 667 snapshots in functions, the namespace elsewhere
def f(a, b=2, *args, **kw):
    c = a + b
    snap = locals()
    print(sorted(snap.items()))
    snap["c"] = 100
    print(c, locals()["c"], locals() is locals())
    d = 1
    print("d" in snap, "d" in locals())
f(1, x=5)
def outer():
    x = 1
    y = 2
    def inner():
        z = x
        return locals()
    print(inner())
    return sorted(locals())
print(outer())
def unbound():
    print(locals())
    late = 1
    print(locals())
unbound()
print(locals() is globals())
class K:
    a = 1
    b = a + 1
    print(sorted(k for k in locals()))
    locals()["c"] = 3
print(K.c)
def comp():
    n = 5
    return [sorted(locals()) for i in range(1)]
print(comp())
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)
