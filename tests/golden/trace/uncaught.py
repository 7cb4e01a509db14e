def boom(n):
    return [1, 2][n]


boom(5)
