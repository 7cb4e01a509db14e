"""A small matrix class with operator overloading, including @."""

from numbers import Number


class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, row)) for row in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, index):
        match index:
            case (int(i), int(j)):
                return self.rows[i][j]
            case int(i):
                return self.rows[i]
            case (slice() as rs, slice() as cs):
                return Matrix([row[cs] for row in self.rows[rs]])
        raise IndexError(index)

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        if not isinstance(k, Number):
            return NotImplemented
        return Matrix([[k * x for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return -1 * self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "\n".join(" ".join(f"{x:6.2f}" for x in row) for row in self.rows)


m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, 2 * m + -m, m[0, 1], m[:1, 1:], sep="\n")
