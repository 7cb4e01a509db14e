def g(a):
    return a + "x"

g(1)
