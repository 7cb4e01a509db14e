class C:
    k = 1
    x: (lambda: k)
