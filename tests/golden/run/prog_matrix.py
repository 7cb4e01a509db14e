# Matrices as lists of lists: multiply, transpose, determinant, identity.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j, v in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * v * det(minor)
    return total


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))


a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = transpose(a)
show(matmul(a, b))
print(det(a), det(identity(4)), det(matmul(a, a)))
print(matmul(a, identity(3)) == a)
show([[v / 4 for v in row] for row in a])
print(matmul([[1, 2]], [[3], [4]]))
