class C:
    n = 3
    x: [i for i in range(n)]
