def f(matrix):
    return [[cell for cell in row] for row in matrix]
