class C:
    n = 2
    g = (i * n for i in range(n))
