# An uncaught error three Python frames deep, after many good calls.
def a(x):
    return b(x) + 1


def b(x):
    return c(x) * 2


def c(x):
    return 100 // x


print(sum(a(i) for i in range(1, 500)))
a(0)
