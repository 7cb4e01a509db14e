# STORE_GLOBAL / module-level stores through the cache: deleting and
# re-creating a name, shadowing builtins from inside functions, class
# bodies keeping their own namespace.
def set_g(v):
    global g
    g = v


def get_g():
    return g


for i in range(100):
    set_g(i)
print(get_g())
del g
try:
    get_g()
except NameError as e:
    print("NameError:", e)
set_g("back")
print(get_g())


def shadow_print():
    global print
    print = lambda *a: None


def restore_print():
    global print
    del print


def show(x):
    print("show", x)


for i in range(3):
    show(i)
shadow_print()
show("hidden")
restore_print()
show("visible")

x = 1


class C:
    x = 2
    y = x + 1
    for i in range(3):
        x += 10


print(x, C.x, C.y)
n = 0
for i in range(1000):
    n = n + i
print(n)
del n
n = "new"
print(n)
