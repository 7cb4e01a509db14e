# del of names, cells, globals, class attributes, items and slices.
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        del v
    inner()
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
outer()

def captured():
    c = 1
    def read():
        return c
    del c
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        del c
    except NameError as e:
        print(type(e).__name__, e)
captured()

G = 1
def gl():
    global G
    del G
gl()
try:
    G
except NameError as e:
    print(e)

class A:
    q = 1
    r = q + 1
    del q
print(hasattr(A, "q"), A.r)

lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
dd = {"a": 1, "b": 2}
del dd["a"]
print(dd)
try:
    del dd["zz"]
except KeyError as e:
    print("KeyError:", e)
x = 5
del x
try:
    del x
except NameError as e:
    print("NameError:", e)
def local_del():
    y = 1
    del y
    del y
try:
    local_del()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
