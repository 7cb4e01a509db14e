# Closures called many times: free variables are found in their cells,
# rebinding the cell is seen by later calls.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = make_counter()
for i in range(1000):
    c()
print(c(), c(10))
d = make_counter()
print(d(), c())


def adders():
    return [lambda x, i=i: x + i for i in range(5)]


print([f(10) for f in adders()])


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c

        return inner

    return middle


print(sum(outer(1)(2)(i) for i in range(100)))


def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(late())


def cell_param(x):
    def get():
        return x

    x = x * 2
    return get()


print([cell_param(i) for i in range(5)])
