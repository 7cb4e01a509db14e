# A function that refers to itself through its closure cell.
import gc


def outer():
    def inner():
        return inner

    return inner


gc.collect()
f = outer()
print(f() is f)
print(f.__name__)
del f
print("closure cycle:", gc.collect())

# Many of them.
fs = [outer() for _ in range(4)]
del fs
print("four:", gc.collect())

# A closure over a list holding the function.
def make():
    box = []

    def g():
        return box

    box.append(g)
    return g


g = make()
print(g()[0] is g)
del g
print("via list:", gc.collect())
